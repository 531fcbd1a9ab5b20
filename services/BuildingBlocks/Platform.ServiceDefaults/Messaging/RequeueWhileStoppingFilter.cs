using System.Runtime.ExceptionServices;
using MassTransit;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// The first step of every endpoint's error pipe. While the process stops, a consumer fails because the process is
/// going away (its service provider is disposed, its database calls are cancelled), not because the message is bad.
/// Moving such a message to the _error queue would lose its effect for good; rethrowing it here makes the transport
/// hand it back to the broker instead, and the restarted process consumes it. At any other time the message takes
/// MassTransit's default way: a Fault event and the _error queue.
/// </summary>
sealed class RequeueWhileStoppingFilter(CancellationToken stopping) : IFilter<ExceptionReceiveContext>
{
    public Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        if (stopping.IsCancellationRequested)
        {
            ExceptionDispatchInfo.Throw(context.Exception);
        }
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("requeue-while-stopping");
}
