namespace Platform.Catalogue.Matters;

public enum HandlingKind
{
    /// <summary>即办件: decided on the spot; its promised limit is 0.</summary>
    Instant,

    /// <summary>承诺件: decided within the promised limit.</summary>
    Promised,
}
