namespace ErrorHandlers.Sample;

/// <summary>A coupon past its date: its handler fails on purpose (see <c>FailingHandlers</c>).</summary>
public sealed class CouponExpiredException(string code) : Exception($"The coupon {code} has expired.")
{
    public string Code { get; } = code;
}
