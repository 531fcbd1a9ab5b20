namespace Platform.Disclosure.Validation;

/// <summary>
/// Where a published attachment may point: an http or https address, or a path on this site ("/files/map.pdf").
/// Anything else — javascript:, data:, file:, vbscript:, a protocol-relative "//host" — is refused on the way in and
/// left out on the way to the public.
/// </summary>
static class AttachmentUrls
{
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > TextRules.AttachmentUrl
            || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\\' or '"' or '<' or '>' or '`'))
        {
            return false;
        }
        if (url.StartsWith('/'))
        {
            // Checked before Uri: on Unix "/files/map.pdf" parses as an absolute file: URI.
            return !url.StartsWith("//", StringComparison.Ordinal);
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host);
    }
}
