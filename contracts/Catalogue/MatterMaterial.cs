namespace Platform.Contracts.Catalogue;

/// <summary>One required material of a matter: form is "original" or "copy", medium "paper" or "electronic".</summary>
public sealed record MatterMaterial(string Name, bool Required, string Form, string Medium, int Copies);
