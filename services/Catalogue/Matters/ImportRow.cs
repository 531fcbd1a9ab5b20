namespace Platform.Catalogue.Matters;

public sealed record ImportRow(int Row, string Code, MatterElements Elements);
