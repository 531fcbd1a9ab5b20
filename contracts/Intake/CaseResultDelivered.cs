namespace Platform.Contracts.Intake;

/// <summary>
/// 送达: the result reached the applicant. Method "window" (collected in person), "post" (TrackingNumber) or
/// "electronic" (a licence or certificate file, FileSha256 its hex SHA-256). Visits is the case's final count of
/// trips in person (a collection at the window adds one unless the result was handed over at the accepting visit).
/// </summary>
public sealed record CaseResultDelivered(
    string CaseNo,
    string Method,
    string? TrackingNumber,
    string? FileSha256,
    DateTimeOffset DeliveredAt,
    int Visits);
