namespace ErrorHandlers.Sample;

/// <summary>A coupon nobody issued: its handler fails on purpose (see <c>FailingHandlers</c>).</summary>
public sealed class CouponUnknownException(string code) : Exception($"No coupon {code} was issued.")
{
    public string Code { get; } = code;
}
