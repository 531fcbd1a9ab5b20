namespace Platform.Supervision.Ratings;

public sealed record CloseRequest(string? Resolution);
