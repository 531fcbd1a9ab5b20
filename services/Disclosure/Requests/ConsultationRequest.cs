namespace Platform.Disclosure.Requests;

public sealed record ConsultationRequest(string? ThirdParty);
