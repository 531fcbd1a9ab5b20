using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Delivery;

/// <summary>What a recorded delivery must carry: a post's tracking number, an electronic one's file.</summary>
static class DeliveryRules
{
    public static List<FieldError> Check(DeliveryRecordRequest request)
    {
        var errors = new List<FieldError>();
        if (!DeliveryMethods.IsKnown(request.Method))
        {
            errors.Add(new("method", DeliveryMethods.Expected));
        }
        var tracking = request.TrackingNumber?.Trim();
        if (request.Method == DeliveryMethods.Post
            && (tracking is not { Length: >= 8 and <= 30 } || !tracking.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(new("trackingNumber", "邮寄送达请填写运单号：8 到 30 位字母或数字。"));
        }
        if (request.Method == DeliveryMethods.Electronic && request.FileId is null)
        {
            errors.Add(new("fileId", "电子送达请先上传结果文件（POST /api/intake/files，purpose 为 result），并给出其 fileId。"));
        }
        return errors;
    }
}
