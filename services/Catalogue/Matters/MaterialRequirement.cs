namespace Platform.Catalogue.Matters;

/// <summary>A required material (申请材料): form original/copy, medium paper/electronic.</summary>
public sealed record MaterialRequirement(string Name, bool Required = true, string Form = "original",
    string Medium = "paper", int Copies = 1);
