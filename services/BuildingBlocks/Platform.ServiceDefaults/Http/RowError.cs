namespace Platform.ServiceDefaults.Http;

/// <summary>
/// One cell's problem in an uploaded file: Row is the line number in the file (the header is line 1).
/// </summary>
public sealed record RowError(int Row, string Column, string Message);
