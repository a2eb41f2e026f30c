"""Chinese text of what chapter 01 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
}
