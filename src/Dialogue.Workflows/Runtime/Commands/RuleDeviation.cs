namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>
/// A decision to set one rule aside for one command: "Quý III chuyển sang Quý IV theo Quyết định số
/// 12/QĐ-UBND". Only rules that allow it (see the README's "Rules and deviations") can be set aside,
/// only by someone who may deviate (the plan's signer unless the plan says otherwise), and each
/// deviation is recorded as an event and shown in history and reports.
/// </summary>
/// <param name="Rule">The rule's code, e.g. <c>session.outside-period</c>.</param>
/// <param name="Reason">Why, in the decision's words.</param>
/// <param name="Document">The decision's number and date, e.g. "12/QĐ-UBND ngày 02/09/2024".</param>
public sealed record RuleDeviation(string Rule, string Reason, string Document);
