"""Case studies built on the chapter modules: ``key_accounts`` — a telecom operator's
key-account (大客户) management."""
