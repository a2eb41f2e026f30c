"""Chinese text of what chapter 05 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
}
