namespace Platform.Benchmarks;

/// <summary>
/// The intake benchmark's client, gateway and signed-in people, and the materials its matter asks for.
/// </summary>
sealed record Hall(HttpClient Client, Uri Gateway, string Window, string Approver, string Supervisor,
    object[] Materials);
