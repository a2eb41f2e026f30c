"""Chinese text of what chapter 03 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
}
