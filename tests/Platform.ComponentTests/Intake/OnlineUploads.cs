using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.ComponentTests.Intake;

/// <summary>Uploads and online submissions as the portal sends them, for the online tests.</summary>
public static class OnlineUploads
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] bytes, string? purpose = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (purpose is not null)
        {
            form.Add(new StringContent(purpose), "purpose");
        }
        return await client.PostAsync("/api/intake/files", form);
    }

    /// <summary>Uploads a file that must be accepted; returns its id.</summary>
    public static async Task<string> UploadIdAsync(this HttpClient client, string fileName, byte[] bytes)
    {
        var response = await client.UploadAsync(fileName, bytes);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<HttpResponseMessage> ApplyAsync(this HttpClient client, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/online/applications") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient window, string id, object body) =>
        window.PostAsJsonAsync($"/api/intake/applications/{id}/review", body);
}
