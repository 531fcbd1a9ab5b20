namespace Platform.Intake.Delivery;

/// <summary>
/// What was done: Method "window", "post" (TrackingNumber, 8–30 letters or digits) or "electronic" (FileId of an
/// uploaded result file, purpose "result", not yet attached to a case).
/// </summary>
public sealed record DeliveryRecordRequest(string? Method, string? TrackingNumber, Guid? FileId);
