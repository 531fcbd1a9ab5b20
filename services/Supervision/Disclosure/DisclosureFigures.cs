namespace Platform.Supervision.Disclosure;

public sealed record DisclosureFigures(DateOnly From, DateOnly To, int Replied, int RepliedOnTime, double? OnTimeRate,
    int RequestWarningsYellow, int RequestWarningsRed, int PublicationWarnings);
