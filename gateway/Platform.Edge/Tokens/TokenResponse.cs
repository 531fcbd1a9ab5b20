namespace Platform.Edge.Tokens;

public sealed record TokenResponse(string AccessToken, int ExpiresIn, IReadOnlyList<string> Roles);
