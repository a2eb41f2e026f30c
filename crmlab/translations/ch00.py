"""Chinese text of what chapter 00 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
}
