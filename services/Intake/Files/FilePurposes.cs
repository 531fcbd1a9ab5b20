namespace Platform.Intake.Files;

/// <summary>
/// What an upload is for: an applicant's electronic material (attached to one application), or a result (an
/// electronic licence or certificate staff deliver on a case), which only staff may upload.
/// </summary>
public static class FilePurposes
{
    public const string Material = "material";
    public const string Result = "result";
}
