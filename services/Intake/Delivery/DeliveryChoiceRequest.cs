namespace Platform.Intake.Delivery;

/// <summary>How the applicant wants the result: Method "window", "post" (Address required) or "electronic".</summary>
public sealed record DeliveryChoiceRequest(string? Method, string? Address);
