namespace Dialogue.Workflows.Plans;

/// <summary>One item of a session's programme (chương trình hội nghị), in order, with who leads it.</summary>
/// <param name="Order">The position in the programme, from 1.</param>
/// <param name="Title">The item, in Vietnamese.</param>
/// <param name="EnglishTitle">The item, in English.</param>
/// <param name="Owner">Who leads it, in Vietnamese as the document names them ("đồng chí Bí thư Đảng ủy").</param>
/// <param name="EnglishOwner">Who leads it, in English.</param>
public sealed record AgendaItem(int Order, string Title, string EnglishTitle, string Owner, string EnglishOwner);
