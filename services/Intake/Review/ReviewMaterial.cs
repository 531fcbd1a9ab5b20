namespace Platform.Intake.Review;

/// <summary>The reviewer's finding on one material: present, missing or defective, with a note.</summary>
public sealed record ReviewMaterial(string? Name, string? Status, string? Note);
