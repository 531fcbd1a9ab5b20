using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Intake.Data;
using Platform.Intake.Files;
using static Platform.ComponentTests.Intake.IntakeScenario;

namespace Platform.ComponentTests.Intake;

/// <summary>Uploads: the allow-list by extension and content, the size limit, and who may download a file.</summary>
public sealed class OnlineFileTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new(new Dictionary<string, string> { ["Intake:Uploads:MaxBytes"] = "4096" });

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    string UploadFolder => Path.Combine(_hall.Host.DataDirectory, "uploads");

    async Task<int> StoredFiles()
    {
        using var scope = _hall.Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Files.CountAsync();
    }

    [Fact]
    public async Task Refused_uploads_get_Chinese_problems_and_leave_nothing_stored()
    {
        var executable = Encoding.ASCII.GetBytes("MZ\x90\0this program cannot be run in DOS mode");
        var fakePdf = await (await _hall.Applicant.UploadAsync("申请书.pdf", executable)).AssertProblemAsync(415, "file-content-mismatch");
        Assert.Contains("扩展名", fakePdf.GetProperty("detail").GetString());
        var pdfAsPng = await (await _hall.Applicant.UploadAsync("照片.png", OnlineUploads.Pdf)).AssertProblemAsync(415, "file-content-mismatch");
        Assert.Contains("PDF", pdfAsPng.GetProperty("detail").GetString());
        var exe = await (await _hall.Applicant.UploadAsync("setup.exe", executable)).AssertProblemAsync(415, "file-type-not-allowed");
        Assert.Contains("只接受", exe.GetProperty("detail").GetString());
        var big = OnlineUploads.Pdf.Concat(new byte[5000]).ToArray();
        var tooLarge = await (await _hall.Applicant.UploadAsync("大文件.pdf", big)).AssertProblemAsync(413, "file-too-large");
        Assert.Contains("4 KB", tooLarge.GetProperty("detail").GetString());
        await (await _hall.Applicant.UploadAsync("结果.pdf", OnlineUploads.Pdf, "result")).AssertProblemAsync(403, "result-upload-forbidden");
        await (await _hall.Applicant.PostAsJsonAsync("/api/intake/files", new { file = "x" })).AssertProblemAsync(415, "multipart-required");

        Assert.Equal(0, await StoredFiles());
        Assert.Empty(Directory.Exists(UploadFolder) ? Directory.GetFiles(UploadFolder) : []);

        var kept = await _hall.Applicant.UploadAsync("..\\..\\etc\\申请书.PDF", OnlineUploads.Pdf);
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        var file = await kept.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("申请书.PDF", file.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", file.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(OnlineUploads.Pdf)), file.GetProperty("sha256").GetString());
        Assert.Equal([Guid.Parse(file.GetProperty("id").GetString()!).ToString("N")], Directory.GetFiles(UploadFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Materials_are_visible_to_their_applicant_window_staff_and_approvers_of_the_department_only()
    {
        var fileId = await _hall.Applicant.UploadIdAsync("申请书.pdf", OnlineUploads.Pdf);
        var other = _hall.Host.ClientAs("applicant02", "applicant");
        var otherDepartment = _hall.Host.ClientAs("approver-jt", "approver", "JTJ");
        var agent = _hall.Host.ClientAs("agent01", "agent", point: "510181-101");
        Assert.Equal(HttpStatusCode.NotFound, (await _hall.Window.GetAsync($"/api/intake/files/{fileId}")).StatusCode); // not attached yet

        var applied = await _hall.Applicant.ApplyAsync(new { matterCode = "SC-001", applicant = Person(), materials = new[] { new { name = "食品经营许可申请书", fileId } } });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        foreach (var allowed in new[] { _hall.Applicant, _hall.Window, _hall.Approver })
        {
            var download = await allowed.GetAsync($"/api/intake/files/{fileId}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(OnlineUploads.Pdf, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        }
        foreach (var stranger in new[] { other, otherDepartment, agent, _hall.Supervisor })
        {
            await (await stranger.GetAsync($"/api/intake/files/{fileId}")).AssertProblemAsync(404, "file-not-found");
            await (await stranger.GetAsync($"/api/intake/online/applications/{id}")).AssertProblemAsync(404, "application-not-found");
        }
        Assert.Equal(HttpStatusCode.OK, (await _hall.Approver.GetAsync($"/api/intake/online/applications/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_file_of_another_account_or_one_already_attached_cannot_be_named()
    {
        var other = _hall.Host.ClientAs("applicant02", "applicant");
        var theirs = await other.UploadIdAsync("申请书.pdf", OnlineUploads.Pdf);
        var refused = await _hall.Applicant.ApplyAsync(new { matterCode = "SC-001", applicant = Person(), materials = new[] { new { name = "食品经营许可申请书", fileId = theirs } } });
        var problem = await refused.AssertProblemAsync(400, "validation-failed");
        Assert.Contains("materials[0].fileId", problem.GetProperty("detail").GetString());

        var mine = await _hall.Applicant.UploadIdAsync("申请书.pdf", OnlineUploads.Pdf);
        var body = new { matterCode = "SC-001", applicant = Person(), materials = new[] { new { name = "食品经营许可申请书", fileId = mine } } };
        Assert.Equal(HttpStatusCode.Created, (await _hall.Applicant.ApplyAsync(body)).StatusCode);
        await (await _hall.Applicant.ApplyAsync(body)).AssertProblemAsync(400, "validation-failed");
        using var scope = _hall.Host.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Applications.CountAsync());
    }

    sealed class RefusingScanner : IUploadScanner
    {
        public Task<string?> ScanAsync(Stream content, StoredFile file, CancellationToken cancellationToken) =>
            Task.FromResult<string?>(content.ReadByte() == '%' ? "检出疑似恶意代码（测试扫描器）。" : null);
    }

    [Fact]
    public async Task The_scan_hook_refuses_an_upload_which_is_then_not_kept()
    {
        await using var scanned = _hall.Host.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IUploadScanner, RefusingScanner>()));
        var client = scanned.CreateClient();
        client.DefaultRequestHeaders.Authorization = _hall.Applicant.DefaultRequestHeaders.Authorization;

        var refused = await (await client.UploadAsync("申请书.pdf", OnlineUploads.Pdf)).AssertProblemAsync(422, "file-rejected-by-scan");
        Assert.Contains("恶意代码", refused.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await client.UploadAsync("照片.png", OnlineUploads.Png)).StatusCode);
        Assert.Equal(1, await StoredFiles());
        Assert.Single(Directory.GetFiles(UploadFolder));
    }
}
