using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Imports;

namespace Platform.ComponentTests.Imports;

/// <summary>
/// The upload as a service host takes it (no edge in front): streamed to disk, its encoding judged over the whole
/// file, its lines counted, and a body over the import limit refused with the limit in words.
/// </summary>
public sealed class ImportUploadTests
{
    const string Csv = "code,name\nSC-001,食品经营许可\nSC-002,个体工商户登记\n";

    static ImportUploadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static HttpRequest Request(byte[] body, string contentType = "text/csv")
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentType = contentType;
        return context.Request;
    }

    static async Task<string> ReadAsync(ImportFile file)
    {
        using var text = file.Open();
        return await text.ReadToEndAsync();
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public async Task A_file_is_read_back_in_its_own_encoding_and_its_lines_counted(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding) is var e && e.CodePage is 1200 or 1201
            ? [.. e.Preamble, .. e.GetBytes(Csv)]
            : e.GetBytes(Csv);

        var (file, problem) = await ImportUpload.ReceiveAsync(Request(bytes), 1024 * 1024, CancellationToken.None);

        Assert.Null(problem);
        await using (file)
        {
            Assert.Equal(Csv, await ReadAsync(file!));
            Assert.Equal(3, file!.Lines);
        }
    }

    [Fact]
    public async Task A_utf8_file_with_a_byte_order_mark_is_read_without_it()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Csv)];

        var (file, _) = await ImportUpload.ReceiveAsync(Request(bytes), 1024 * 1024, CancellationToken.None);

        await using (file)
        {
            Assert.Equal(Csv, await ReadAsync(file!));
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_that_names_the_limit()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Csv, 100)));

        var (file, problem) = await ImportUpload.ReceiveAsync(Request(body), 2048, CancellationToken.None);

        Assert.Null(file);
        Assert.Equal(413, problem!.StatusCode);
        Assert.Contains("2 KB", problem.ProblemDetails.Detail);
        Assert.Equal("request-too-large", problem.ProblemDetails.Extensions["code"]?.ToString());
    }
}
