namespace Platform.Edge.Tokens;

public sealed record TokenRequest(string? Username, string? Password);
