namespace Platform.Intake.Applications;

public sealed record SupplementRequest(IReadOnlyList<MaterialCheck>? Materials);
