namespace Platform.Intake.Delivery;

/// <summary>送达 methods: collected at a window (a trip in person), by post, or an electronic licence.</summary>
public static class DeliveryMethods
{
    public const string Window = "window";
    public const string Post = "post";
    public const string Electronic = "electronic";

    public static bool IsKnown(string? method) => method is Window or Post or Electronic;

    public const string Expected = "送达方式应为 window（窗口领取）、post（邮寄）或 electronic（电子证照）。";

    public static string Label(string method) => method switch
    {
        Window => "窗口领取",
        Post => "邮寄",
        _ => "电子证照",
    };
}
