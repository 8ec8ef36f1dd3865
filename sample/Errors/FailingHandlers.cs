namespace ErrorHandlers.Sample.Errors;

/// <summary>
/// Two handlers that fail, as handlers do in real code: one returns <c>Abort.Result</c> (Flask users reach for
/// <c>abort()</c> inside a handler), one throws. Neither reaches another handler: the request goes down the 500 path
/// and gets the site's 500 page, logged once, as in Flask. EH0015 reports both at build time; the pragma keeps this
/// demonstration compiling.
/// </summary>
internal static class FailingHandlers
{
#pragma warning disable EH0015 // Deliberate: these handlers show what a handler failure does at run time.
    [ErrorHandler]
    internal static IResult CouponExpired(CouponExpiredException e) => Abort.Result(410, $"The coupon {e.Code} has expired.");

    [ErrorHandler]
    internal static IResult CouponUnknown(CouponUnknownException e) => throw new InvalidOperationException("The coupon service is down.");
#pragma warning restore EH0015
}
