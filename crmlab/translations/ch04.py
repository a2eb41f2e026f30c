"""Chinese text of what chapter 04 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
}
