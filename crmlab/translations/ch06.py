"""Chinese text of what chapter 06 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
}
