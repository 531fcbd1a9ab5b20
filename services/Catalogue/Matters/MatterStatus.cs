namespace Platform.Catalogue.Matters;

public enum MatterStatus
{
    Draft,
    Published,
    Suspended,
    Cancelled,
}
