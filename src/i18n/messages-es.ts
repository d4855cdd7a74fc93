import type { Messages } from './messages-en.js';
import { plural } from './plural.js';

/**
 * Every fixed string in Spanish: plain, neutral Latin American Spanish in usted, for a teenager.
 * "ICE" and the English names of laws stay as people say them.
 */
export const messagesEs = {
  commands: {
    ask: 'preguntar',
    explain: 'explicar',
    define: 'definir',
    jurisdiction: 'jurisdicción',
    sources: 'fuentes',
    about: 'acerca-de',
    explainer: 'fijados',
    findSources: 'Buscar fuentes',
  },
  options: {
    question: 'pregunta',
    topic: 'tema',
    term: 'término',
    place: 'lugar',
    channel: 'canal',
    pin: 'fijado',
    language: 'idioma',
  },
  subcommands: { post: 'publicar', list: 'lista', remove: 'quitar', reload: 'recargar' },

  notLegalAdvice: 'Información general de fuentes públicas, no asesoría legal.',
  knowledgeVersion: (version: string) => `conocimiento ${version}`,
  asOf: (date: string) => `Información al ${date}`,
  asOfInline: (date: string) => `información al ${date}`,
  datesLine: (asOf: string, reviewed: string) => `Información al ${asOf} · revisado el ${reviewed}`,
  kinds: {
    explainer: 'Explicación',
    glossary: 'Glosario',
    jurisdiction: 'Jurisdicción',
    law: 'Ley',
    case: 'Caso judicial',
    document: 'Documento',
    news: 'Noticia',
    statute: 'Ley federal o estatal',
    regulation: 'Reglamento',
    'executive-order': 'Orden ejecutiva',
    'court-opinion': 'Decisión de un tribunal',
    'agency-document': 'Documento de una agencia',
    report: 'Informe',
  },
  sharedBy: (mention: string) => `Compartido por ${mention}`,
  sharedByMember: 'Compartido por alguien de esta conversación',
  andMore: (count: number, where: string) => `… y ${count} más: ${where}`,
  continued: (name: string) => `${name} (continuación)`,
  sourcesHeading: 'Fuentes',
  relatedHeading: 'Relacionado',

  answer: {
    youAsked: (question: string) => `Usted preguntó: ${question}`,
    oldRule: (date: string, title: string, command: string) =>
      `**Regla anterior.** La reemplazó el ${date}: ${title}: ${command}`,
    oldRuleNoLonger: '**Regla anterior.** Esto describe una regla que ya no está vigente.',
    placeNotCovered: (where: string) =>
      `Las fuentes de este bot cubren Connecticut y la ley federal. Nada aquí trata de ${where} en particular; las reglas federales se aplican en todas partes.`,
    thatPlace: 'ese lugar',
    legalHelp: (title: string, command: string) =>
      `**¿Enfrenta a ICE ahora?** ${title}: ${command}`,
    notTranslated: 'Esta entrada aún no está traducida al español; se muestra en inglés.',
    staleTranslation: (date: string) =>
      `Traducción del ${date}: el original en inglés cambió después.`,
    noAnswerTitle: 'No hay una respuesta con fuentes',
    noAnswerText:
      'Nada en la base de conocimiento responde esto lo bastante bien para citarlo, y este bot no adivina. Trata de los detainers (órdenes de retención) de ICE, de compartir información con ICE, de la Sección 1373, del 287(g), del Trust Act de Connecticut y de los casos judiciales sobre ellos.',
    closestExplainers: '**Explicaciones más cercanas**',
    browseWith: (command: string) => `Vea las explicaciones con ${command}.`,
    tryOtherWords: (command: string) =>
      `Pruebe con otras palabras, o use ${command} para sugerir un tema o una corrección.`,
    emptyTitle: 'Escriba su pregunta con palabras',
    forExample: 'Por ejemplo:',
    orStartWith: 'O empiece con una explicación:',
    examples: [
      '¿Qué es un detainer de ICE?',
      '¿Connecticut cumple los detainers de ICE?',
      '¿Qué exige la Sección 1373?',
    ],
    relatedMenu: 'Abrir una explicación relacionada',
  },

  entry: {
    row: (n: number) => `Fila ${n}`,
    sideBySide: 'Lado a lado',
    fullText: 'el texto completo',
    continuedNote: (fullText: string, sources: string, ask: string) =>
      `… *(continúa: ${fullText}todas las fuentes con ${sources}, o use ${ask} sobre una parte)*`,
  },

  sources: {
    title: (title: string) => `Fuentes: ${title}`,
    at: (pinpoint: string) => `en ${pinpoint}`,
    noneListed: 'No hay fuentes en la lista.',
    page: (page: number, count: number) => ` · página ${page} de ${count}`,
    noAnswerTitle: 'No hay fuentes que mostrar',
    noAnswerText:
      'Esa pregunta no tuvo una respuesta con fuentes, así que no hay fuentes detrás de ella.',
    overviewTitle: (count: number) => `Las ${count} fuentes de este bot`,
    overviewIntro:
      'Cada respuesta cita sus fuentes y las numera [1], [2]…, con enlaces, tipos y fechas.',
    overviewOne: (command: string) => `Vea las fuentes de un tema, por ejemplo ${command}`,
  },

  buttons: {
    share: 'Compartir en el canal',
    helpful: 'Útil',
    notHelpful: 'No fue útil',
    thanks: 'gracias',
    previous: '◂ Anterior',
    next: 'Siguiente ▸',
    readFull: 'Leer la explicación completa',
  },

  notices: {
    error: 'Lo sentimos, algo falló de nuestro lado. Inténtelo de nuevo en un momento.',
    unknownCommand: (ask: string, about: string) =>
      `Lo sentimos, este bot no conoce ese comando (tal vez cambió de nombre). Pruebe ${ask} o ${about}.`,
    cooldown: (seconds: number) =>
      `Está preguntando más rápido de lo que este bot puede responder. Inténtelo de nuevo en ${seconds} ${plural(seconds, 'segundo', 'segundos')}.`,
    unknownTopic: (option: string, typed: string) =>
      `No hay ningún ${option} llamado “${typed}” en la base de conocimiento.`,
    perhaps: 'Tal vez uno de estos:',
    searchEverything: (ask: string) => `O busque en todo con ${ask}.`,
    alreadySharedAt: (url: string) => `Esto ya se compartió aquí hace unos minutos: ${url}`,
    alreadyShared: 'Esto ya se compartió aquí hace unos minutos.',
    shareUnavailable:
      'Esa respuesta ya no se puede compartir: la base de conocimiento cambió desde entonces. Pregunte de nuevo, por favor.',
    buttonGone: 'Lo sentimos, ese botón ya no funciona. Use el comando otra vez.',
    feedbackGone: 'Lo sentimos, ese botón ya no funciona. Pregunte de nuevo, por favor.',
    feedbackThanks:
      'Gracias: quienes cuidan el contenido leen estos conteos para mejorar las respuestas débiles.',
    entryGone: (explain: string) =>
      `Esa explicación ya no está en la base de conocimiento. Vea las que hay con ${explain}.`,
    listGone: (sources: string) =>
      `Esa lista ya no está en la base de conocimiento. Pruebe ${sources} otra vez.`,
    noMessageText: 'Ese mensaje no tiene texto para buscar (solo archivos o contenido incrustado).',
  },

  about: {
    title: 'Acerca de este bot',
    description:
      'Respuestas en palabras sencillas, con fuentes, sobre las políticas “santuario” de inmigración en EE. UU.: ' +
      'los detainers (órdenes de retención) de ICE, compartir información según 8 U.S.C. § 1373, y leyes estatales ' +
      'y locales como el Trust Act de Connecticut. Cada respuesta cita una base de conocimiento revisada y enlaza ' +
      'sus fuentes públicas. Es información general, no asesoría legal: para su propio caso, hable con un abogado de inmigración.',
    knowledgeName: 'Conocimiento',
    knowledge: (version: string, reviewed: string, entries: number, sources: number) =>
      `Versión ${version}, revisada por última vez el ${reviewed}: ${entries} entradas que citan ${sources} fuentes. Cada respuesta muestra la fecha en que es cierta.`,
    storesName: 'Qué guarda',
    stores: (keepsQuestions: boolean) =>
      'Nada personal. No guarda historial de mensajes, y ningún id de usuario ni de servidor se guarda con ' +
      'lo que usted pregunta. Las respuestas son privadas para usted, a menos que pulse “Compartir en el canal”. ' +
      'Para quienes cuidan el contenido solo guarda conteos: qué temas se preguntaron cada día y ' +
      'cuántas veces una respuesta se marcó como útil o no. ' +
      (keepsQuestions
        ? 'Una pregunta que no pudo responder se guarda como texto (sin números, correos ni enlaces) con el día, para poder llenar ese vacío. '
        : 'No guarda preguntas. ') +
      'Solo en memoria: un hash con sal de su id de usuario por unos segundos (una pausa entre preguntas), y ' +
      'por unos minutos qué respuesta se compartió en qué canal.',
    commandsName: 'Comandos',
    commandList: (commands: string, findSources: string) =>
      `${commands}, y “${findSources}” en cualquier mensaje (menú Aplicaciones).`,
    languages:
      'Responde en español o en inglés: en el idioma de su pregunta, o si no, en el de su aplicación de Discord.',
    correctionsName: 'Sugerir una corrección',
    correctionsAt: (url: string) =>
      `Abra un issue en ${url} con el nombre de la entrada (su id aparece bajo cada respuesta) y la fuente que dice otra cosa.`,
    corrections:
      'Abra un issue en el repositorio del proyecto (vea su README), con el nombre de la entrada (su id aparece bajo cada respuesta) y la fuente que dice otra cosa.',
  },

  pinned: {
    updatedOn: (date: string) => `*Actualizado el ${date}: la base de conocimiento cambió.*`,
    withdrawnTitle: 'Esta explicación se retiró',
    withdrawn: (topic: string, explain: string, remove: string) =>
      `El tema ${topic} ya no está en la base de conocimiento, así que este mensaje ya no lo muestra.\n\nVea ${explain} para las explicaciones actuales. Un moderador puede quitar este mensaje fijado con ${remove}.`,
  },

  moderation: {
    status: {
      current: 'al día',
      stale: 'actualización pendiente',
      withdrawn: 'tema retirado de la base de conocimiento',
      orphaned: 'mensaje o canal borrado; ya no se actualiza',
    },
    thisChannel: 'este canal',
    channelEnding: (digits: string) => `canal …${digits}`,
    cannotFind: (where: string) => `No encuentro ${where}.`,
    missingAccess: (where: string) =>
      `No puedo ver ${where} (Missing Access). Dé a mi rol el permiso Ver canal allí y vuelva a intentarlo.`,
    missingPermission: (where: string) =>
      `Discord se negó: me falta un permiso en ${where}. Revise los permisos del canal para mi rol.`,
    pinFailed: (why: string) =>
      `Publiqué la explicación pero no pude fijarla (${why}), así que la borré. Vuelva a intentarlo.`,
    notAccepted: (why: string) =>
      `Discord no lo aceptó (${why}). Vuelva a intentarlo en un momento.`,
    discordError: (code: number) => `error de Discord ${code}`,
    posted: (title: string, where: string, link: string) =>
      `Fijé ${title} en ${where}: ${link}\nLa editaré en su lugar cada vez que cambien sus fuentes o su texto.`,
    alreadyPinned: (title: string, where: string, link: string) =>
      `${title} ya está fijada en ${where}: ${link}\nSe mantiene al día; no hace falta publicarla otra vez.`,
    unknownTopic: (typed: string) =>
      `No hay ningún tema llamado “${typed}” en la base de conocimiento.`,
    perhaps: 'Quizás uno de estos:',
    pickTopic: 'Empiece a escribir en la opción del tema y elija uno de la lista.',
    missingPermissions: (where: string, missing: string, count: number) =>
      `No puedo publicar ni fijar en ${where}: a mi rol le ${plural(count, 'falta', 'faltan')} ${missing} allí. ${plural(count, 'Otórguelo', 'Otórguelos')} en la configuración del canal o del servidor y vuelva a intentarlo.`,
    pinLimit: (where: string) =>
      `${where} ya tiene 250 mensajes fijados, el límite de Discord, así que no pude fijar la explicación (y no la dejé publicada). Deje de fijar un mensaje antiguo allí y vuelva a intentarlo.`,
    forgotGone: (where: string) =>
      `Olvidé la explicación que estaba en ${where}: su mensaje ya estaba borrado.`,
    removed: (where: string) =>
      `Dejé de fijar y olvidé la explicación de ${where}. El mensaje sigue en el canal pero ya no se actualizará; bórrelo si quiere.`,
    notFound: (typed: string, list: string) =>
      `Ninguna explicación fijada en este servidor coincide con “${typed}”. Vea ${list}.`,
    ambiguous: (channels: string) =>
      `Ese tema está fijado en varios canales: ${channels}. Use el comando en el que quiere, o elija el mensaje de la lista.`,
    unpinFailed: (why: string, where: string) =>
      `No pude dejar de fijarla (${why}); se sigue siguiendo. Revise que mi rol tenga el permiso Fijar mensajes en ${where}.`,
    pinLine: (title: string, where: string, link: string, status: string, dates: string) =>
      `• ${title} en ${where} · ${link} · ${status} · ${dates}`,
    message: 'mensaje',
    postedOn: (date: string) => `publicada el ${date}`,
    updatedOn: (date: string) => `actualizada el ${date}`,
    noPins: (post: string) =>
      `Todavía no hay explicaciones fijadas en este servidor. Publique una con ${post}.`,
    listTitle: (count: number) => `Explicaciones fijadas en este servidor (${count})`,
    unchanged: (version: string) => `El conocimiento no cambió (versión ${version}).`,
    reloaded: (version: string, previous: string) =>
      `Conocimiento recargado: versión ${version} (antes ${previous}).`,
    checking: (count: number) =>
      `Revisando ${count} ${plural(count, 'explicación fijada', 'explicaciones fijadas')}; las que cambiaron se están editando ahora.`,
    warnings: (count: number, check: string) => `${count} advertencia(s): ejecute ${check}.`,
    refused: (count: number, version: string) =>
      `Recarga rechazada: el conocimiento tiene ${count} error(es). Se sigue sirviendo la versión ${version}; nada cambió para los usuarios.`,
    andMore: (count: number) => `… y ${count} más (npm run kb:check)`,
    guildOnly:
      'Las explicaciones fijadas viven en los servidores: use esto en un canal de un servidor.',
    notAdded:
      'Las explicaciones fijadas necesitan que este bot esté agregado al servidor, no solo a su cuenta: pida a quien administra el servidor que lo invite (su README explica cómo).',
    usage: (post: string, list: string, remove: string) => `Use ${post}, ${list} o ${remove}.`,
    notModerator:
      'Solo los miembros con el permiso **Fijar mensajes** pueden administrar las explicaciones fijadas.',
    notAdmin:
      'Solo quienes operan este bot (BOT_ADMIN_IDS) pueden recargar su conocimiento. Pídaselo, o espere: se recarga solo cuando lo actualizan.',
    unavailable:
      'Las explicaciones fijadas no están disponibles aquí: este bot funciona sin almacenamiento o sin conexión con Discord.',
  },

  terminal: {
    emptyQuestion: 'Escriba una pregunta con palabras, por ejemplo: "¿Qué es un detainer de ICE?"',
    noAnswer:
      'No hay una respuesta con fuentes: nada en la base de conocimiento responde eso lo bastante bien para citarlo.',
    closestEntries: 'Entradas más cercanas:',
    oldRule: (date: string, title: string, id: string) =>
      `Regla anterior: la reemplazó el ${date} ${title} (explain ${id}).`,
    legalHelp: (title: string, id: string) => `¿Enfrenta a ICE ahora? ${title} (explain ${id})`,
    explainHint: (id: string) => `explain ${id}`,
    seeAlso: 'Vea también',
    related: (ids: string) => `Relacionado: ${ids}`,
    unknownTopic: (typed: string) => `No hay ningún tema "${typed}".`,
    tryTopics: (ids: string) => `Pruebe: ${ids}`,
    seeTopics: 'Vea: topics',
  },
} satisfies Messages;
