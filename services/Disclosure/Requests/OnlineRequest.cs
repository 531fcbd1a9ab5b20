namespace Platform.Disclosure.Requests;

/// <summary>A request the public submits on the portal's form (依申请公开, channel online).</summary>
public sealed record OnlineRequest(
    string? ApplicantCategory,
    string? ApplicantName,
    string? IdentityNo,
    string? Contact,
    string? Description,
    string? DeliveryForm);
