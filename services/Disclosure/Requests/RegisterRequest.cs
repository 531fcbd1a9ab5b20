namespace Platform.Disclosure.Requests;

public sealed record RegisterRequest(
    string? Channel,
    string? ApplicantCategory,
    string? ApplicantName,
    string? IdentityNo,
    string? Contact,
    string? Description,
    string? DeliveryForm,
    string? ReceivedAt);
