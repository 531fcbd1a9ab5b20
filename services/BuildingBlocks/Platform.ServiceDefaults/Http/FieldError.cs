namespace Platform.ServiceDefaults.Http;

/// <summary>One field's problem, in words a person can act on.</summary>
public sealed record FieldError(string Field, string Message);
