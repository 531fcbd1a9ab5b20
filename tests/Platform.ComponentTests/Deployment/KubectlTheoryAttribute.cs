namespace Platform.ComponentTests.Deployment;

/// <summary>
/// A theory that needs kubectl (with its built-in kustomize) on the PATH, skipped with the reason where it is absent:
/// deploy/local/install-servers.sh installs it when it can reach dl.k8s.io, and some networks cannot.
/// </summary>
public sealed class KubectlTheoryAttribute : TheoryAttribute
{
    public KubectlTheoryAttribute()
    {
        if (Kubectl.Path is null)
        {
            Skip = "kubectl is not installed (deploy/local/install-servers.sh fetches it from dl.k8s.io when "
                + "reachable): the Kubernetes manifests were not rendered.";
        }
    }
}
