using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.ObjectPool;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The per-request switch ASP.NET Core's endpoints already know: <c>IStatusCodePagesFeature.Enabled = false</c> keeps
/// ErrorHandlers from answering the empty error response they leave, as it keeps <c>UseStatusCodePages</c> from it.
/// The outermost ErrorHandlers middleware offers one when nobody has; the instances are pooled, so that a request that
/// ends well allocates nothing.
/// </summary>
internal sealed class StatusCodePagesSwitch : IStatusCodePagesFeature
{
    private static readonly ObjectPool<StatusCodePagesSwitch> Pool =
        new DefaultObjectPool<StatusCodePagesSwitch>(new Policy(), maximumRetained: 1024);

    public bool Enabled { get; set; } = true;

    /// <summary>Sets a switch on the request unless it has one; returns it, to be withdrawn when the request is done.</summary>
    public static StatusCodePagesSwitch? Offer(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is not null)
        {
            return null;
        }

        var offered = Pool.Get();
        context.Features.Set<IStatusCodePagesFeature>(offered);
        return offered;
    }

    public void Withdraw(HttpContext context)
    {
        if (ReferenceEquals(context.Features.Get<IStatusCodePagesFeature>(), this))
        {
            context.Features.Set<IStatusCodePagesFeature>(null);
        }

        Pool.Return(this);
    }

    private sealed class Policy : PooledObjectPolicy<StatusCodePagesSwitch>
    {
        public override StatusCodePagesSwitch Create() => new();

        public override bool Return(StatusCodePagesSwitch obj)
        {
            obj.Enabled = true;
            return true;
        }
    }
}
