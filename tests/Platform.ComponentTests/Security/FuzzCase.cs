namespace Platform.ComponentTests.Security;

/// <summary>One bad body: its name in failure messages and the content to send (null: no body at all).</summary>
public sealed record FuzzCase(string Name, Func<HttpContent?> Content)
{
    public override string ToString() => Name;
}
