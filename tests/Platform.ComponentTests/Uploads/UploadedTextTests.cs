using System.Text;
using Platform.ServiceDefaults.Http;

namespace Platform.ComponentTests.Uploads;

public sealed class UploadedTextTests
{
    const string Csv = "code,name\nSC-001,食品经营许可\n";

    static UploadedTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_with_and_without_a_byte_order_mark_is_read_as_utf8()
    {
        Assert.Equal(Csv, UploadedText.Decode(Encoding.UTF8.GetBytes(Csv)));
        Assert.Equal(Csv, UploadedText.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Csv)]));
    }

    [Fact]
    public void A_file_saved_as_gbk_or_gb18030_is_read_without_mojibake()
    {
        Assert.Equal(Csv, UploadedText.Decode(Encoding.GetEncoding("GBK").GetBytes(Csv)));
        Assert.Equal(Csv, UploadedText.Decode(Encoding.GetEncoding("GB18030").GetBytes(Csv)));
    }

    [Fact]
    public void A_declared_charset_is_followed_and_an_unknown_one_detected()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes(Csv);
        Assert.Equal(Csv, UploadedText.Decode(gbk, "text/csv; charset=gbk"));
        Assert.Equal(Csv, UploadedText.Decode(Encoding.UTF8.GetBytes(Csv), "text/csv; charset=utf-8"));
        Assert.Equal(Csv, UploadedText.Decode(gbk, "text/csv; charset=no-such-charset"));
    }
}
