namespace ErrorHandlers.Generator.Shared;

/// <summary>The shapes of handler return types the generated code turns into a response.</summary>
internal enum ReturnShape
{
    Result,
    TaskOfResult,
    ValueTaskOfResult,
    Html,
    TaskOfHtml,
    ValueTaskOfHtml,
    ActionResult,
    TaskOfActionResult,
    ValueTaskOfActionResult,
}
