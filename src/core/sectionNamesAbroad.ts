/**
 * Section names in the languages writers keep for their headings ("### Tarea", "## Lo que hice", "## Ergebnis"):
 * Spanish, Portuguese, French, German and Italian, lower case. sectionNames.ts adds them to its own lists.
 */
export const NAMES_ABROAD = {
  situation: ['situación', 'contexto', 'situação', 'situazione', 'ausgangslage'],
  task: ['tarea', 'tarefa', 'tâche', 'aufgabe', 'compito'],
  action: ['acción', 'acciones', 'lo que hice', 'ação', 'ações', 'o que fiz', "ce que j'ai fait", 'maßnahmen', 'azione', 'azioni'],
  result: ['resultado', 'resultados', 'résultat', 'résultats', 'ergebnis', 'risultato', 'risultati'],
};
