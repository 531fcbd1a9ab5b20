namespace Platform.Bidding.OpenData;

/// <summary>
/// Section Bidding:Ocds. Read straight from configuration rather than registered as options, so the open-data
/// export stays inside this folder.
/// </summary>
public sealed class OcdsOptions
{
    public const string Section = "Bidding:Ocds";

    /// <summary>The publisher's ocid prefix, registered with the OCDS helpdesk ("ocds-" and six characters).</summary>
    public string OcidPrefix { get; set; } = "ocds-hall01";

    public string PublisherName { get; set; } = "示范市公共资源交易中心";

    public static OcdsOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<OcdsOptions>() ?? new OcdsOptions();
}
