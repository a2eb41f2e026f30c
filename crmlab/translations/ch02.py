"""Chinese text of what chapter 02 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
}
