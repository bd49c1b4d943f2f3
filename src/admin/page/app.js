// The staff page: plain JavaScript served as it is (no build step), speaking to /api/admin.
// Every text goes through textContent, never innerHTML: names and messages come from the public.

const API = '/api/admin';

const TEXT = {
  fr: {
    skip: 'Aller au contenu',
    language: 'Langue',
    signOut: 'Se déconnecter',
    signInTitle: 'Connexion du personnel',
    signInHelp: 'Collez la clé d’accès reçue lors de la création de votre compte.',
    accessKey: 'Clé d’accès',
    signIn: 'Se connecter',
    badKey: 'Cette clé d’accès n’est pas valable.',
    menu: 'Menu',
    applicants: 'Candidats',
    handoffs: 'Demandes d’aide',
    sessions: 'Séances d’information',
    results: 'Résultats',
    city: 'Ville',
    allCities: 'Toutes mes villes',
    status: 'Statut',
    role: 'Rôle',
    any: 'Tous',
    from: 'Du',
    to: 'Au',
    name: 'Prénom',
    filter: 'Filtrer',
    exportCsv: 'Exporter en CSV',
    firstName: 'Prénom',
    applied: 'Inscrit le',
    flags: 'Signaux',
    open: 'Ouvrir',
    noName: '(sans prénom)',
    previous: 'Page précédente',
    next: 'Page suivante',
    pageOf: 'Page {page} sur {pages} · {total} résultats',
    none: 'Rien à afficher.',
    'status.in-progress': 'En cours',
    'status.eligible': 'Éligible',
    'status.ineligible': 'Non éligible',
    'status.booked': 'Inscrit à une séance',
    'status.waitlisted': 'Sur liste d’attente',
    'status.refused-consent': 'Consentement refusé',
    'role.mentee': 'Jeune (mentoré)',
    'role.mentor': 'Mentor',
    'role.question': 'Question',
    'flag.handoff': 'Attend le personnel',
    'flag.stopped': 'A dit stop',
    'flag.deliveryFailure': 'Message non délivré',
    summary: 'Résumé',
    phone: 'Téléphone',
    channel: 'Canal',
    answers: 'Réponses',
    eligibility: 'Éligibilité',
    rule: 'Critère',
    verdict: 'Verdict',
    answer: 'Réponse',
    reason: 'Raison',
    'verdict.met': 'Rempli',
    'verdict.not-met': 'Non rempli',
    'verdict.unknown': 'Pas encore connu',
    'verdict.not-applicable': 'Non demandé',
    'rule.area': 'Lieu de vie',
    'rule.age': 'Âge',
    'rule.originOutsideEU': 'Origine hors UE',
    'rule.lookingForWork': 'Cherche un emploi',
    'rule.allowedToWork': 'Autorisé à travailler',
    'rule.weeklyAvailability': 'Disponible chaque semaine',
    'rule.mentorAvailability': 'Disponible chaque semaine',
    booking: 'Séance réservée',
    waitlist: 'Liste d’attente',
    noBooking: 'Aucune',
    showTranscript: 'Afficher la conversation',
    transcript: 'Conversation',
    person: 'Personne',
    assistant: 'Assistant',
    exportData: 'Exporter ses données (JSON)',
    erase: 'Effacer cette personne',
    confirmErase: 'Effacer définitivement toutes les données de cette personne ?',
    erased: 'La personne a été effacée.',
    back: 'Retour à la liste',
    since: 'Depuis',
    why: 'Motif',
    'reason.asked-for-help': 'A demandé de l’aide',
    'reason.question': 'A une question',
    windowOpen: 'Réponse libre possible jusqu’au {date}.',
    windowClosed: 'Plus de 24 h sans message : la réponse partira comme le modèle approuvé.',
    reply: 'Votre réponse',
    send: 'Envoyer',
    sent: 'Réponse envoyée.',
    handBack: 'Rendre la conversation à l’assistant',
    handedBack: 'La conversation est rendue à l’assistant.',
    date: 'Date',
    audience: 'Public',
    'audience.mentee': 'Jeunes',
    'audience.mentor': 'Mentors',
    place: 'Lieu ou lien',
    seats: 'Places libres',
    capacity: 'Places',
    duration: 'Durée (minutes)',
    online: 'En ligne',
    create: 'Créer la séance',
    newSession: 'Nouvelle séance',
    created: 'Séance créée.',
    cancelled: 'Annulée',
    edit: 'Modifier',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    cancelSession: 'Annuler la séance',
    confirmCancel: 'Annuler cette séance ? Les personnes inscrites seront prévenues dans leur langue.',
    sessionCancelled: 'Séance annulée ; {told} personne(s) prévenue(s).',
    attendance: 'Présences',
    present: 'Présent',
    saveAttendance: 'Enregistrer les présences',
    attendanceLater: 'Les présences se notent après le début de la séance.',
    period: 'Période',
    show: 'Afficher',
    total: 'Total',
    small: '« <5 » : moins de 5 personnes, masqué pour que personne ne soit reconnaissable.',
    'figure.applicants': 'Candidats',
    'figure.eligible': 'Éligibles',
    'figure.booked': 'Inscrits à une séance',
    'figure.attended': 'Présents à une séance',
    funnel: 'Du premier message à la séance (toutes villes)',
    perCity: 'Par ville',
    duos: 'Duos',
    alerts: 'Alertes',
    mentee: 'Jeune',
    mentor: 'Mentor',
    startDate: 'Début',
    state: 'État',
    'duoState.active': 'Actif',
    'duoState.paused': 'En pause',
    'duoState.ended': 'Terminé avant la fin',
    'duoState.completed': 'Terminé',
    openAlerts: 'Alertes ouvertes',
    week: 'Semaine',
    weeklyAnswers: 'Réponses de chaque semaine',
    met: 'Rencontre',
    rating: 'Note /5',
    note: 'Remarque',
    notAsked: '—',
    'met.yes': 'Oui',
    'met.no': 'Non',
    'met.remote': 'À distance',
    'checkin.asked': 'Envoyé, sans réponse',
    'checkin.answered': 'Répondu',
    'checkin.unanswered': 'Sans réponse',
    'checkin.merged': 'Regroupé',
    'checkin.skipped': 'Pas envoyé',
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    end: 'Terminer le duo',
    endReason: 'Raison de la fin',
    duoPaused: 'Duo mis en pause.',
    duoResumed: 'Duo repris.',
    duoEnded: 'Duo terminé.',
    severity: 'Gravité',
    'severity.safety': 'Sécurité',
    'severity.urgent': 'Urgent',
    'severity.watch': 'À surveiller',
    'alertState.open': 'Ouverte',
    'alertState.acknowledged': 'Prise en charge',
    'alertState.resolved': 'Résolue',
    'alertRule.no-meeting-two-weeks': 'Pas de rencontre depuis deux semaines',
    'alertRule.low-rating': 'Note basse',
    'alertRule.unanswered-two-weeks': 'Sans réponse depuis deux semaines',
    'alertRule.distress-words': 'Mots de détresse',
    'alertRule.wants-to-stop': 'Veut arrêter',
    'alertRule.members-disagree': 'Réponses contradictoires sur la rencontre',
    ackNote: 'Note de prise en charge',
    acknowledge: 'Prendre en charge',
    alertAcknowledged: 'Alerte prise en charge.',
    raised: 'Levée le',
    duo: 'Duo',
    'figure.duosActive': 'Duos actifs',
    'figure.duosCompleted': 'Duos terminés',
    'figure.duosEndedEarly': 'Duos arrêtés avant la fin',
    'figure.weeksAnswered': 'Semaines répondues',
    'figure.weeksMet': 'Semaines avec rencontre',
    'figure.outcomesAnswered': 'Réponses à 12 mois',
    'figure.outcomesPositive': 'Sortie positive à 12 mois',
    'figure.outcomesJob': 'Emploi à 12 mois',
    error: 'Erreur : {detail}',
  },
  nl: {
    skip: 'Naar de inhoud',
    language: 'Taal',
    signOut: 'Afmelden',
    signInTitle: 'Aanmelden voor medewerkers',
    signInHelp: 'Plak de toegangssleutel die je kreeg toen je account werd aangemaakt.',
    accessKey: 'Toegangssleutel',
    signIn: 'Aanmelden',
    badKey: 'Deze toegangssleutel is niet geldig.',
    menu: 'Menu',
    applicants: 'Kandidaten',
    handoffs: 'Hulpvragen',
    sessions: 'Infosessies',
    results: 'Resultaten',
    city: 'Stad',
    allCities: 'Al mijn steden',
    status: 'Status',
    role: 'Rol',
    any: 'Alle',
    from: 'Van',
    to: 'Tot',
    name: 'Voornaam',
    filter: 'Filteren',
    exportCsv: 'Exporteren als CSV',
    firstName: 'Voornaam',
    applied: 'Ingeschreven op',
    flags: 'Signalen',
    open: 'Openen',
    noName: '(geen voornaam)',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pageOf: 'Pagina {page} van {pages} · {total} resultaten',
    none: 'Niets te tonen.',
    'status.in-progress': 'Bezig',
    'status.eligible': 'Komt in aanmerking',
    'status.ineligible': 'Komt niet in aanmerking',
    'status.booked': 'Ingeschreven voor een sessie',
    'status.waitlisted': 'Op de wachtlijst',
    'status.refused-consent': 'Geen toestemming',
    'role.mentee': 'Jongere (mentee)',
    'role.mentor': 'Mentor',
    'role.question': 'Vraag',
    'flag.handoff': 'Wacht op een medewerker',
    'flag.stopped': 'Zei stop',
    'flag.deliveryFailure': 'Bericht niet afgeleverd',
    summary: 'Samenvatting',
    phone: 'Telefoon',
    channel: 'Kanaal',
    answers: 'Antwoorden',
    eligibility: 'Voorwaarden',
    rule: 'Voorwaarde',
    verdict: 'Oordeel',
    answer: 'Antwoord',
    reason: 'Reden',
    'verdict.met': 'Voldaan',
    'verdict.not-met': 'Niet voldaan',
    'verdict.unknown': 'Nog niet bekend',
    'verdict.not-applicable': 'Niet gevraagd',
    'rule.area': 'Woonplaats',
    'rule.age': 'Leeftijd',
    'rule.originOutsideEU': 'Herkomst buiten de EU',
    'rule.lookingForWork': 'Zoekt werk',
    'rule.allowedToWork': 'Mag werken',
    'rule.weeklyAvailability': 'Elke week beschikbaar',
    'rule.mentorAvailability': 'Elke week beschikbaar',
    booking: 'Geboekte sessie',
    waitlist: 'Wachtlijst',
    noBooking: 'Geen',
    showTranscript: 'Gesprek tonen',
    transcript: 'Gesprek',
    person: 'Persoon',
    assistant: 'Assistent',
    exportData: 'Gegevens exporteren (JSON)',
    erase: 'Deze persoon wissen',
    confirmErase: 'Alle gegevens van deze persoon definitief wissen?',
    erased: 'De persoon is gewist.',
    back: 'Terug naar de lijst',
    since: 'Sinds',
    why: 'Reden',
    'reason.asked-for-help': 'Vroeg om hulp',
    'reason.question': 'Heeft een vraag',
    windowOpen: 'Vrij antwoord mogelijk tot {date}.',
    windowClosed: 'Meer dan 24 u zonder bericht: het antwoord gaat als het goedgekeurde sjabloon.',
    reply: 'Je antwoord',
    send: 'Versturen',
    sent: 'Antwoord verstuurd.',
    handBack: 'Gesprek teruggeven aan de assistent',
    handedBack: 'Het gesprek is teruggegeven aan de assistent.',
    date: 'Datum',
    audience: 'Doelgroep',
    'audience.mentee': 'Jongeren',
    'audience.mentor': 'Mentors',
    place: 'Plaats of link',
    seats: 'Vrije plaatsen',
    capacity: 'Plaatsen',
    duration: 'Duur (minuten)',
    online: 'Online',
    create: 'Sessie aanmaken',
    newSession: 'Nieuwe sessie',
    created: 'Sessie aangemaakt.',
    cancelled: 'Geannuleerd',
    edit: 'Wijzigen',
    save: 'Opslaan',
    saved: 'Opgeslagen.',
    cancelSession: 'Sessie annuleren',
    confirmCancel: 'Deze sessie annuleren? Ingeschreven personen krijgen bericht in hun taal.',
    sessionCancelled: 'Sessie geannuleerd; {told} persoon/personen verwittigd.',
    attendance: 'Aanwezigheden',
    present: 'Aanwezig',
    saveAttendance: 'Aanwezigheden opslaan',
    attendanceLater: 'Aanwezigheden worden genoteerd na het begin van de sessie.',
    period: 'Periode',
    show: 'Tonen',
    total: 'Totaal',
    small: '"<5": minder dan 5 personen, verborgen zodat niemand herkenbaar is.',
    'figure.applicants': 'Kandidaten',
    'figure.eligible': 'Komen in aanmerking',
    'figure.booked': 'Ingeschreven voor een sessie',
    'figure.attended': 'Aanwezig op een sessie',
    funnel: 'Van eerste bericht tot sessie (alle steden)',
    perCity: 'Per stad',
    duos: 'Duo’s',
    alerts: 'Meldingen',
    mentee: 'Jongere',
    mentor: 'Mentor',
    startDate: 'Start',
    state: 'Status',
    'duoState.active': 'Actief',
    'duoState.paused': 'Gepauzeerd',
    'duoState.ended': 'Vroegtijdig gestopt',
    'duoState.completed': 'Afgerond',
    openAlerts: 'Open meldingen',
    week: 'Week',
    weeklyAnswers: 'Antwoorden per week',
    met: 'Ontmoet',
    rating: 'Score /5',
    note: 'Opmerking',
    notAsked: '—',
    'met.yes': 'Ja',
    'met.no': 'Nee',
    'met.remote': 'Op afstand',
    'checkin.asked': 'Verstuurd, geen antwoord',
    'checkin.answered': 'Beantwoord',
    'checkin.unanswered': 'Geen antwoord',
    'checkin.merged': 'Samengevoegd',
    'checkin.skipped': 'Niet verstuurd',
    pause: 'Pauzeren',
    resume: 'Hervatten',
    end: 'Duo beëindigen',
    endReason: 'Reden van het einde',
    duoPaused: 'Duo gepauzeerd.',
    duoResumed: 'Duo hervat.',
    duoEnded: 'Duo beëindigd.',
    severity: 'Ernst',
    'severity.safety': 'Veiligheid',
    'severity.urgent': 'Dringend',
    'severity.watch': 'Opvolgen',
    'alertState.open': 'Open',
    'alertState.acknowledged': 'Opgenomen',
    'alertState.resolved': 'Opgelost',
    'alertRule.no-meeting-two-weeks': 'Twee weken geen ontmoeting',
    'alertRule.low-rating': 'Lage score',
    'alertRule.unanswered-two-weeks': 'Twee weken geen antwoord',
    'alertRule.distress-words': 'Woorden van nood',
    'alertRule.wants-to-stop': 'Wil stoppen',
    'alertRule.members-disagree': 'Tegenstrijdige antwoorden over de ontmoeting',
    ackNote: 'Notitie bij opvolging',
    acknowledge: 'Opnemen',
    alertAcknowledged: 'Melding opgenomen.',
    raised: 'Gemeld op',
    duo: 'Duo',
    'figure.duosActive': 'Actieve duo’s',
    'figure.duosCompleted': 'Afgeronde duo’s',
    'figure.duosEndedEarly': 'Vroegtijdig gestopte duo’s',
    'figure.weeksAnswered': 'Beantwoorde weken',
    'figure.weeksMet': 'Weken met ontmoeting',
    'figure.outcomesAnswered': 'Antwoorden na 12 maanden',
    'figure.outcomesPositive': 'Positieve uitstroom na 12 maanden',
    'figure.outcomesJob': 'Werk na 12 maanden',
    error: 'Fout: {detail}',
  },
  en: {
    skip: 'Skip to content',
    language: 'Language',
    signOut: 'Sign out',
    signInTitle: 'Staff sign-in',
    signInHelp: 'Paste the access key you received when your account was created.',
    accessKey: 'Access key',
    signIn: 'Sign in',
    badKey: 'This access key is not valid.',
    menu: 'Menu',
    applicants: 'Applicants',
    handoffs: 'Help requests',
    sessions: 'Information sessions',
    results: 'Results',
    city: 'City',
    allCities: 'All my cities',
    status: 'Status',
    role: 'Role',
    any: 'Any',
    from: 'From',
    to: 'To',
    name: 'First name',
    filter: 'Filter',
    exportCsv: 'Export as CSV',
    firstName: 'First name',
    applied: 'Applied on',
    flags: 'Flags',
    open: 'Open',
    noName: '(no first name)',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {page} of {pages} · {total} results',
    none: 'Nothing to show.',
    'status.in-progress': 'In progress',
    'status.eligible': 'Eligible',
    'status.ineligible': 'Not eligible',
    'status.booked': 'Booked on a session',
    'status.waitlisted': 'On the waiting list',
    'status.refused-consent': 'Refused consent',
    'role.mentee': 'Young person (mentee)',
    'role.mentor': 'Mentor',
    'role.question': 'Question',
    'flag.handoff': 'Waiting for staff',
    'flag.stopped': 'Said stop',
    'flag.deliveryFailure': 'Message not delivered',
    summary: 'Summary',
    phone: 'Phone',
    channel: 'Channel',
    answers: 'Answers',
    eligibility: 'Eligibility',
    rule: 'Rule',
    verdict: 'Verdict',
    answer: 'Answer',
    reason: 'Reason',
    'verdict.met': 'Met',
    'verdict.not-met': 'Not met',
    'verdict.unknown': 'Not known yet',
    'verdict.not-applicable': 'Not asked',
    'rule.area': 'Where they live',
    'rule.age': 'Age',
    'rule.originOutsideEU': 'Origin outside the EU',
    'rule.lookingForWork': 'Looking for work',
    'rule.allowedToWork': 'Allowed to work',
    'rule.weeklyAvailability': 'Available every week',
    'rule.mentorAvailability': 'Available every week',
    booking: 'Booked session',
    waitlist: 'Waiting list',
    noBooking: 'None',
    showTranscript: 'Show the conversation',
    transcript: 'Conversation',
    person: 'Person',
    assistant: 'Assistant',
    exportData: 'Export their data (JSON)',
    erase: 'Erase this person',
    confirmErase: 'Erase all of this person’s data for good?',
    erased: 'The person has been erased.',
    back: 'Back to the list',
    since: 'Since',
    why: 'Why',
    'reason.asked-for-help': 'Asked for help',
    'reason.question': 'Has a question',
    windowOpen: 'Free text possible until {date}.',
    windowClosed: 'Over 24 h without a message: the reply goes out as the approved template.',
    reply: 'Your reply',
    send: 'Send',
    sent: 'Reply sent.',
    handBack: 'Hand the conversation back to the assistant',
    handedBack: 'The conversation is back with the assistant.',
    date: 'Date',
    audience: 'Audience',
    'audience.mentee': 'Young people',
    'audience.mentor': 'Mentors',
    place: 'Place or link',
    seats: 'Seats left',
    capacity: 'Seats',
    duration: 'Length (minutes)',
    online: 'Online',
    create: 'Create the session',
    newSession: 'New session',
    created: 'Session created.',
    cancelled: 'Cancelled',
    edit: 'Edit',
    save: 'Save',
    saved: 'Saved.',
    cancelSession: 'Cancel the session',
    confirmCancel: 'Cancel this session? Booked people are told in their language.',
    sessionCancelled: 'Session cancelled; {told} person(s) told.',
    attendance: 'Attendance',
    present: 'Present',
    saveAttendance: 'Save attendance',
    attendanceLater: 'Attendance is marked once the session has started.',
    period: 'Period',
    show: 'Show',
    total: 'Total',
    small: '"<5": fewer than 5 people, hidden so that nobody can be recognised.',
    'figure.applicants': 'Applicants',
    'figure.eligible': 'Eligible',
    'figure.booked': 'Booked on a session',
    'figure.attended': 'Attended a session',
    funnel: 'From first message to session (all cities)',
    perCity: 'Per city',
    duos: 'Duos',
    alerts: 'Alerts',
    mentee: 'Mentee',
    mentor: 'Mentor',
    startDate: 'Start',
    state: 'State',
    'duoState.active': 'Active',
    'duoState.paused': 'Paused',
    'duoState.ended': 'Ended early',
    'duoState.completed': 'Completed',
    openAlerts: 'Open alerts',
    week: 'Week',
    weeklyAnswers: 'Answers week by week',
    met: 'Met',
    rating: 'Rating /5',
    note: 'Note',
    notAsked: '—',
    'met.yes': 'Yes',
    'met.no': 'No',
    'met.remote': 'Remotely',
    'checkin.asked': 'Sent, no answer yet',
    'checkin.answered': 'Answered',
    'checkin.unanswered': 'No answer',
    'checkin.merged': 'Merged',
    'checkin.skipped': 'Not sent',
    pause: 'Pause',
    resume: 'Resume',
    end: 'End the duo',
    endReason: 'Why the duo ends',
    duoPaused: 'Duo paused.',
    duoResumed: 'Duo resumed.',
    duoEnded: 'Duo ended.',
    severity: 'Severity',
    'severity.safety': 'Safety',
    'severity.urgent': 'Urgent',
    'severity.watch': 'Watch',
    'alertState.open': 'Open',
    'alertState.acknowledged': 'Acknowledged',
    'alertState.resolved': 'Resolved',
    'alertRule.no-meeting-two-weeks': 'No meeting for two weeks',
    'alertRule.low-rating': 'Low rating',
    'alertRule.unanswered-two-weeks': 'No answer for two weeks',
    'alertRule.distress-words': 'Words of distress',
    'alertRule.wants-to-stop': 'Wants to stop',
    'alertRule.members-disagree': 'Members disagree on meeting',
    ackNote: 'Note on what was done',
    acknowledge: 'Acknowledge',
    alertAcknowledged: 'Alert acknowledged.',
    raised: 'Raised on',
    duo: 'Duo',
    'figure.duosActive': 'Active duos',
    'figure.duosCompleted': 'Completed duos',
    'figure.duosEndedEarly': 'Duos ended early',
    'figure.weeksAnswered': 'Weeks answered',
    'figure.weeksMet': 'Weeks the duo met',
    'figure.outcomesAnswered': 'Answers at 12 months',
    'figure.outcomesPositive': 'Positive outcome at 12 months',
    'figure.outcomesJob': 'In a job at 12 months',
    error: 'Error: {detail}',
  },
};

const state = { language: pickLanguage(), me: null };

function pickLanguage() {
  const saved = localStorage.getItem('duo-admin-language');
  if (saved && saved in TEXT) return saved;
  const browser = (navigator.language || 'fr').slice(0, 2);
  return browser in TEXT ? browser : 'fr';
}

function t(key, params = {}) {
  const text = TEXT[state.language][key] ?? TEXT.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Builds an element; strings become text nodes, never HTML. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function field(label, control) {
  const id = control.id || `f-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  return h(
    'div',
    { class: control.type === 'checkbox' ? 'field check' : 'field' },
    h('label', { for: id }, label),
    control,
  );
}

function select(name, options, value) {
  return h(
    'select',
    { name },
    options.map(([optionValue, label]) => h('option', { value: optionValue, selected: optionValue === value }, label)),
  );
}

/** The query part of the page's address (`#/view?a=1`). */
function viewQuery() {
  return new URLSearchParams(location.hash.split('?')[1] ?? '');
}

/** A filter form: submitting it puts the filled fields into the view's address. */
function filterForm(view, submitLabel, ...fields) {
  return h(
    'form',
    {
      class: 'filters',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        const chosen = new URLSearchParams();
        for (const [name, value] of new FormData(event.target)) if (value) chosen.set(name, String(value));
        location.hash = `#/${view}?${chosen}`;
      },
    },
    ...fields,
    h('button', { type: 'submit' }, t(submitLabel)),
  );
}

function cityFilter(params) {
  return field(
    t('city'),
    select(
      'city',
      [['', t('allCities')], ...myCities().map((city) => [city, cityName(city)])],
      params.get('city') ?? '',
    ),
  );
}

/** A table with one row of column headings; "none" when there are no rows. */
function table({ caption, headings, rows }) {
  if (rows.length === 0) return h('p', {}, t('none'));
  return h(
    'table',
    {},
    caption ? h('caption', {}, caption) : null,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headings.map((heading) => h('th', { scope: 'col' }, heading)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

function say(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 6000);
}

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function api(method, path, body) {
  const response = await fetch(`${API}${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      'x-requested-with': 'duo-admin',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = await response.json().catch(() => ({}));
  if (response.status === 401 && path !== '/login') {
    state.me = null;
    render();
  }
  if (!response.ok) throw new ApiError(response.status, data.detail || data.title || String(response.status));
  return data;
}

function formatDate(iso, withTime = true) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(state.language, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(iso));
}

function cityName(id) {
  return (id && state.me?.cityNames[id]) || id || '—';
}

function myCities() {
  const all = Object.keys(state.me.cityNames);
  return state.me.cities === 'all' ? all : all.filter((city) => state.me.cities.includes(city));
}

function canOrganise() {
  return state.me.role !== 'referent';
}

async function guarded(action) {
  try {
    await action();
  } catch (error) {
    say(t('error', { detail: error.message }));
  }
}

// ---------------------------------------------------------------- views

const VIEWS = [
  ['applicants', 'applicants'],
  ['handoffs', 'handoffs'],
  ['sessions', 'sessions'],
  ['duos', 'duos'],
  ['alerts', 'alerts'],
  ['results', 'results'],
];

function route() {
  const [view = 'applicants', id = null] = location.hash.replace(/^#\/?/, '').split('/');
  return { view, id: id ? decodeURIComponent(id) : null };
}

function renderChrome() {
  document.documentElement.lang = state.language;
  document.title = `DUO for a JOB · ${t('applicants')}`;
  document.querySelector('.skip').textContent = t('skip');
  document.getElementById('language-label').textContent = t('language');
  const signOut = document.getElementById('sign-out');
  signOut.textContent = t('signOut');
  signOut.hidden = !state.me;
  document.getElementById('who').textContent = state.me ? `${state.me.name} (${state.me.role})` : '';
  const nav = document.getElementById('nav');
  nav.hidden = !state.me;
  nav.setAttribute('aria-label', t('menu'));
  const current = route().view;
  nav.replaceChildren(
    h(
      'ul',
      {},
      VIEWS.map(([view, key]) =>
        h('li', {}, h('a', { href: `#/${view}`, 'aria-current': view === current ? 'page' : false }, t(key))),
      ),
    ),
  );
}

async function render() {
  renderChrome();
  const main = document.getElementById('main');
  if (!state.me) {
    main.replaceChildren(loginView());
    return;
  }
  const { view, id } = route();
  const views = {
    applicants: id ? summaryView : applicantsView,
    handoffs: handoffsView,
    sessions: id ? sessionView : sessionsView,
    duos: id ? duoView : duosView,
    alerts: alertsView,
    results: resultsView,
  };
  const content = await (views[view] ?? applicantsView)(id).catch((error) =>
    h('p', { role: 'alert' }, t('error', { detail: error.message })),
  );
  main.replaceChildren(content);
}

function loginView() {
  const key = h('input', { type: 'password', name: 'key', autocomplete: 'current-password', required: true });
  const message = h('p', { role: 'alert' });
  const form = h(
    'form',
    {
      class: 'card',
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          await api('POST', '/login', { key: key.value });
          state.me = await api('GET', '/me');
          if (!location.hash) location.hash = '#/applicants';
          await render();
          document.getElementById('main').focus();
        } catch {
          message.textContent = t('badKey');
        }
      },
    },
    h('p', {}, t('signInHelp')),
    field(t('accessKey'), key),
    h('button', { type: 'submit' }, t('signIn')),
    message,
  );
  return h('section', {}, h('h1', {}, t('signInTitle')), form);
}

function flagsOf(applicant) {
  return Object.entries(applicant.flags)
    .filter(([, on]) => on)
    .map(([flag]) => h('span', { class: 'flag' }, t(`flag.${flag}`)));
}

async function applicantsView() {
  const params = viewQuery();
  const data = await api('GET', `/applicants?${params}`);
  const statuses = ['', 'in-progress', 'eligible', 'ineligible', 'booked', 'waitlisted', 'refused-consent'];
  const form = filterForm(
    'applicants',
    'filter',
    field(t('name'), h('input', { name: 'search', value: params.get('search') ?? '' })),
    cityFilter(params),
    field(
      t('status'),
      select(
        'status',
        statuses.map((s) => [s, s ? t(`status.${s}`) : t('any')]),
        params.get('status') ?? '',
      ),
    ),
    field(
      t('role'),
      select(
        'role',
        ['', 'mentee', 'mentor', 'question'].map((r) => [r, r ? t(`role.${r}`) : t('any')]),
        params.get('role') ?? '',
      ),
    ),
    field(t('from'), h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    field(t('to'), h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
  );
  const csvParams = new URLSearchParams(params);
  csvParams.delete('page');
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const goTo = (page) => {
    params.set('page', String(page));
    return `#/applicants?${params}`;
  };
  return h(
    'section',
    {},
    h('h1', {}, t('applicants')),
    form,
    canOrganise()
      ? h('p', {}, h('a', { class: 'button secondary', href: `${API}/applicants.csv?${csvParams}` }, t('exportCsv')))
      : null,
    table({
      caption: t('pageOf', { page: data.page, pages, total: data.total }),
      headings: [t('firstName'), t('role'), t('city'), t('status'), t('applied'), t('flags')],
      rows: data.items.map((a) =>
        h(
          'tr',
          {},
          h(
            'td',
            {},
            h('a', { href: `#/applicants/${encodeURIComponent(a.id)}`, dir: 'auto' }, a.firstName ?? t('noName')),
          ),
          h('td', {}, a.role ? t(`role.${a.role}`) : '—'),
          h('td', {}, cityName(a.city)),
          h('td', {}, a.status ? t(`status.${a.status}`) : '—'),
          h('td', {}, formatDate(a.appliedAt, false)),
          h('td', {}, flagsOf(a)),
        ),
      ),
    }),
    h(
      'div',
      { class: 'actions' },
      data.page > 1 ? h('a', { href: goTo(data.page - 1) }, t('previous')) : null,
      data.page < pages ? h('a', { href: goTo(data.page + 1) }, t('next')) : null,
    ),
  );
}

async function summaryView(id) {
  const s = await api('GET', `/applicants/${encodeURIComponent(id)}`);
  const a = s.applicant;
  const transcript = h('div', {});
  const showTranscript = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: () =>
        guarded(async () => {
          const lines = await api('GET', `/applicants/${encodeURIComponent(id)}/transcript`);
          showTranscript.hidden = true;
          transcript.replaceChildren(
            h('h2', { id: 'transcript-title' }, t('transcript')),
            h(
              'ol',
              { class: 'transcript', 'aria-labelledby': 'transcript-title' },
              lines.items.map((line) =>
                h(
                  'li',
                  { class: line.direction, dir: 'auto', lang: line.language ?? false },
                  h(
                    'span',
                    { class: 'when', dir: 'ltr' },
                    `${line.direction === 'in' ? t('person') : t('assistant')} · ${formatDate(line.at)}`,
                  ),
                  line.text,
                ),
              ),
            ),
          );
          transcript.querySelector('h2').setAttribute('tabindex', '-1');
          transcript.querySelector('h2').focus();
        }),
    },
    t('showTranscript'),
  );
  const booking = s.booking
    ? `${formatDate(s.booking.startsAt)} · ${cityName(s.booking.city)} · ${s.booking.place}`
    : t('noBooking');
  const facts = [
    [t('status'), a.status ? t(`status.${a.status}`) : '—'],
    [t('role'), a.role ? t(`role.${a.role}`) : '—'],
    [t('city'), cityName(a.city)],
    [t('phone'), a.phone ?? '—'],
    [t('channel'), a.channel ?? '—'],
    [t('language'), a.language ?? '—'],
    [t('applied'), formatDate(a.appliedAt)],
    [t('booking'), booking],
    [t('waitlist'), s.waitlist ? `${cityName(s.waitlist.city)} · ${formatDate(s.waitlist.joinedAt)}` : t('noBooking')],
    [t('flags'), flagsOf(a).length ? flagsOf(a) : '—'],
  ];
  return h(
    'section',
    {},
    h('p', {}, h('a', { href: '#/applicants' }, t('back'))),
    h('h1', { dir: 'auto' }, `${t('summary')} · ${a.firstName ?? t('noName')}`),
    h(
      'dl',
      { class: 'facts' },
      facts.map(([term, value]) => [h('dt', {}, term), h('dd', { dir: 'auto' }, value)]),
    ),
    h('h2', {}, t('eligibility')),
    table({
      headings: [t('rule'), t('verdict'), t('answer'), t('reason')],
      rows: s.eligibility.map((check) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t(`rule.${check.rule}`)),
          h('td', { class: check.verdict }, t(`verdict.${check.verdict}`)),
          h('td', { dir: 'auto' }, check.answer ?? '—'),
          h('td', {}, check.reason),
        ),
      ),
    }),
    h('h2', {}, t('answers')),
    h(
      'dl',
      { class: 'facts' },
      Object.entries(s.answers).map(([key, value]) => [
        h('dt', {}, key),
        h('dd', { dir: 'auto' }, Array.isArray(value) ? value.join(', ') : String(value)),
      ]),
    ),
    h(
      'div',
      { class: 'actions' },
      showTranscript,
      canOrganise()
        ? h(
            'a',
            {
              class: 'button secondary',
              href: `${API}/applicants/${encodeURIComponent(id)}/export`,
              download: `person-${id}.json`,
            },
            t('exportData'),
          )
        : null,
      canOrganise()
        ? h(
            'button',
            {
              type: 'button',
              class: 'danger',
              onclick: () =>
                guarded(async () => {
                  if (!confirm(t('confirmErase'))) return;
                  await api('DELETE', `/applicants/${encodeURIComponent(id)}`);
                  say(t('erased'));
                  location.hash = '#/applicants';
                }),
            },
            t('erase'),
          )
        : null,
    ),
    transcript,
  );
}

async function handoffsView() {
  const data = await api('GET', '/handoffs?pageSize=200');
  const now = Date.now();
  return h(
    'section',
    {},
    h('h1', {}, `${t('handoffs')} (${data.total})`),
    data.items.length === 0 ? h('p', {}, t('none')) : null,
    data.items.map((item) => {
      const a = item.applicant;
      const text = h('textarea', { name: 'text', required: true, maxlength: 1000, dir: 'auto' });
      const open = item.windowClosesAt && Date.parse(item.windowClosesAt) > now;
      const headingId = `handoff-${a.id}`;
      return h(
        'article',
        { class: 'card', 'aria-labelledby': headingId },
        h(
          'h2',
          { id: headingId, dir: 'auto' },
          h('a', { href: `#/applicants/${encodeURIComponent(a.id)}` }, a.firstName ?? t('noName')),
          ` · ${cityName(a.city)}`,
        ),
        h('p', {}, `${t('why')} : ${t(`reason.${item.reason}`)} · ${t('since')} ${formatDate(item.since)}`),
        h(
          'p',
          { class: 'muted' },
          open ? t('windowOpen', { date: formatDate(item.windowClosesAt) }) : t('windowClosed'),
        ),
        h(
          'form',
          {
            onsubmit: (event) => {
              event.preventDefault();
              guarded(async () => {
                await api('POST', `/handoffs/${encodeURIComponent(a.id)}/reply`, { text: text.value });
                text.value = '';
                say(t('sent'));
              });
            },
          },
          field(t('reply'), text),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'submit' }, t('send')),
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () =>
                  guarded(async () => {
                    await api('POST', `/handoffs/${encodeURIComponent(a.id)}/hand-back`);
                    say(t('handedBack'));
                    await render();
                  }),
              },
              t('handBack'),
            ),
          ),
        ),
      );
    }),
  );
}

function sessionFields(values = {}, creating = false) {
  const local = values.startsAt ? toLocalInput(values.startsAt) : '';
  return [
    creating
      ? field(
          t('city'),
          select(
            'city',
            myCities().map((city) => [city, cityName(city)]),
            values.city,
          ),
        )
      : null,
    creating
      ? field(
          t('audience'),
          select(
            'audience',
            [
              ['mentee', t('audience.mentee')],
              ['mentor', t('audience.mentor')],
            ],
            values.audience,
          ),
        )
      : null,
    field(
      t('language'),
      select(
        'language',
        [
          ['fr', 'Français'],
          ['nl', 'Nederlands'],
          ['en', 'English'],
          ['ar', 'العربية'],
        ],
        values.language ?? state.language,
      ),
    ),
    creating || values.taken === 0
      ? field(t('date'), h('input', { type: 'datetime-local', name: 'startsAt', value: local, required: true }))
      : null,
    field(
      t('duration'),
      h('input', {
        type: 'number',
        name: 'durationMinutes',
        min: 15,
        max: 480,
        value: values.durationMinutes ?? 90,
        required: true,
      }),
    ),
    field(t('place'), h('input', { name: 'place', value: values.place ?? '', required: true, size: 30 })),
    field(
      t('capacity'),
      h('input', { type: 'number', name: 'capacity', min: 1, max: 500, value: values.capacity ?? 12, required: true }),
    ),
    field(t('online'), h('input', { type: 'checkbox', name: 'online', checked: values.online === true })),
  ];
}

function toLocalInput(iso) {
  const date = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function readSessionForm(form) {
  const data = new FormData(form);
  const body = {};
  for (const [name, value] of data) {
    if (name === 'online') continue;
    if (name === 'startsAt') body.startsAt = new Date(String(value)).toISOString();
    else if (name === 'durationMinutes' || name === 'capacity') body[name] = Number(value);
    else body[name] = String(value);
  }
  body.online = data.get('online') === 'on';
  return body;
}

async function sessionsView() {
  const data = await api('GET', '/sessions?pageSize=200&includeCancelled=true');
  const create = canOrganise()
    ? h(
        'form',
        {
          class: 'filters',
          'aria-labelledby': 'new-session',
          onsubmit: (event) => {
            event.preventDefault();
            guarded(async () => {
              await api('POST', '/sessions', readSessionForm(event.target));
              say(t('created'));
              await render();
            });
          },
        },
        h('h2', { id: 'new-session', style: false }, t('newSession')),
        sessionFields({}, true),
        h('button', { type: 'submit' }, t('create')),
      )
    : null;
  return h(
    'section',
    {},
    h('h1', {}, t('sessions')),
    table({
      headings: [t('date'), t('city'), t('audience'), t('language'), t('place'), t('seats'), t('status')],
      rows: data.items.map((session) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: `#/sessions/${encodeURIComponent(session.id)}` }, formatDate(session.startsAt))),
          h('td', {}, cityName(session.city)),
          h('td', {}, t(`audience.${session.audience}`)),
          h('td', {}, session.language),
          h('td', { dir: 'auto' }, session.place),
          h('td', {}, `${session.seatsLeft} / ${session.capacity}`),
          h('td', {}, session.cancelledAt ? t('cancelled') : '—'),
        ),
      ),
    }),
    create,
  );
}

async function sessionView(id) {
  const session = await api('GET', `/sessions/${encodeURIComponent(id)}`);
  const started = Date.parse(session.startsAt) <= Date.now();
  const path = `/sessions/${encodeURIComponent(id)}`;
  const edit =
    canOrganise() && !session.cancelledAt
      ? h(
          'form',
          {
            class: 'filters',
            'aria-labelledby': 'edit-session',
            onsubmit: (event) => {
              event.preventDefault();
              guarded(async () => {
                await api('PATCH', path, readSessionForm(event.target));
                say(t('saved'));
                await render();
              });
            },
          },
          h('h2', { id: 'edit-session' }, t('edit')),
          sessionFields(session),
          h('button', { type: 'submit' }, t('save')),
        )
      : null;
  const attendance = h(
    'form',
    {
      class: 'card',
      'aria-labelledby': 'attendance',
      onsubmit: (event) => {
        event.preventDefault();
        const present = [...event.target.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);
        guarded(async () => {
          await api('PUT', `${path}/attendance`, { present });
          say(t('saved'));
          await render();
        });
      },
    },
    h('h2', { id: 'attendance' }, t('attendance')),
    session.attendees.length === 0 ? h('p', {}, t('none')) : null,
    session.attendees.map((person) =>
      field(
        `${person.firstName ?? t('noName')}`,
        h('input', { type: 'checkbox', value: person.personId, checked: person.attended === true, disabled: !started }),
      ),
    ),
    started ? h('button', { type: 'submit' }, t('saveAttendance')) : h('p', { class: 'muted' }, t('attendanceLater')),
  );
  return h(
    'section',
    {},
    h('p', {}, h('a', { href: '#/sessions' }, t('back'))),
    h('h1', {}, `${t('sessions')} · ${formatDate(session.startsAt)} · ${cityName(session.city)}`),
    h(
      'dl',
      { class: 'facts' },
      [
        [t('audience'), t(`audience.${session.audience}`)],
        [t('language'), session.language],
        [t('place'), session.place],
        [t('seats'), `${session.seatsLeft} / ${session.capacity}`],
        [t('status'), session.cancelledAt ? t('cancelled') : '—'],
      ].map(([term, value]) => [h('dt', {}, term), h('dd', { dir: 'auto' }, value)]),
    ),
    edit,
    attendance,
    canOrganise() && !session.cancelledAt
      ? h(
          'button',
          {
            type: 'button',
            class: 'danger',
            onclick: () =>
              guarded(async () => {
                if (!confirm(t('confirmCancel'))) return;
                const result = await api('POST', `${path}/cancel`);
                say(t('sessionCancelled', { told: result.told }));
                await render();
              }),
          },
          t('cancelSession'),
        )
      : null,
  );
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children.flat(Infinity))
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

/** Horizontal bars; a suppressed count is drawn as a short hatched stub labelled "<5". */
function barChart(title, bars) {
  const width = 640;
  const rowHeight = 30;
  const labelWidth = 220;
  const max = Math.max(5, ...bars.map((bar) => (typeof bar.value === 'number' ? bar.value : 4)));
  const titleId = `chart-${Math.random().toString(36).slice(2)}`;
  return h(
    'figure',
    {},
    svg(
      'svg',
      {
        viewBox: `0 0 ${width} ${bars.length * rowHeight + 10}`,
        width: '100%',
        role: 'img',
        'aria-labelledby': titleId,
      },
      svg('title', { id: titleId }, `${title}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`),
      bars.map((bar, index) => {
        const y = index * rowHeight + 5;
        const value = typeof bar.value === 'number' ? bar.value : 2;
        const length = Math.max(2, ((width - labelWidth - 60) * value) / max);
        return svg(
          'g',
          {},
          svg('text', { x: 0, y: y + 18 }, bar.label),
          svg('rect', {
            x: labelWidth,
            y,
            width: length,
            height: rowHeight - 8,
            fill: typeof bar.value === 'number' ? '#0b5cad' : '#8aa9cc',
            rx: 2,
          }),
          svg('text', { x: labelWidth + length + 6, y: y + 18 }, String(bar.value)),
        );
      }),
    ),
    h('figcaption', {}, title),
  );
}

async function resultsView() {
  const params = viewQuery();
  const data = await api('GET', `/results?${params}`);
  const form = filterForm(
    'results',
    'show',
    cityFilter(params),
    field(t('from'), h('input', { type: 'date', name: 'from', value: params.get('from') ?? data.from.slice(0, 10) })),
    field(t('to'), h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
  );
  const figureName = (figure) => t(`figure.${figure}`);
  return h(
    'section',
    {},
    h('h1', {}, t('results')),
    form,
    h('p', {}, h('a', { class: 'button secondary', href: `${API}/results.csv?${params}` }, t('exportCsv'))),
    h(
      'table',
      {},
      h(
        'caption',
        {},
        `${t('period')} : ${formatDate(data.from, false)} – ${formatDate(new Date(Date.parse(data.to) - 1).toISOString(), false)}`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('city')),
          data.figures.map((f) => h('th', { scope: 'col' }, figureName(f))),
        ),
      ),
      h(
        'tbody',
        {},
        data.rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, cityName(row.city)),
            data.figures.map((f) => h('td', {}, String(row.values[f]))),
          ),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t('total')),
          data.figures.map((f) => h('td', {}, String(data.total[f]))),
        ),
      ),
    ),
    h('p', { class: 'muted' }, t('small')),
    h('h2', {}, t('funnel')),
    barChart(
      t('funnel'),
      INTAKE_FIGURES.filter((f) => data.figures.includes(f)).map((f) => ({
        label: figureName(f),
        value: data.total[f],
      })),
    ),
    h('h2', {}, t('perCity')),
    barChart(
      `${t('perCity')} · ${figureName('applicants')}`,
      data.rows.map((row) => ({ label: cityName(row.city), value: row.values.applicants })),
    ),
  );
}

// ---------------------------------------------------------------- duos and alerts

const INTAKE_FIGURES = ['applicants', 'eligible', 'booked', 'attended'];

function duoName(duo) {
  return `${duo.mentee.firstName ?? t('noName')} & ${duo.mentor.firstName ?? t('noName')}`;
}

async function duosView() {
  const params = viewQuery();
  params.set('pageSize', '200');
  const data = await api('GET', `/duos?${params}`);
  const form = filterForm(
    'duos',
    'filter',
    cityFilter(params),
    field(
      t('state'),
      select(
        'state',
        [['', t('any')], ...['active', 'paused', 'ended', 'completed'].map((value) => [value, t(`duoState.${value}`)])],
        params.get('state') ?? '',
      ),
    ),
  );
  return h(
    'section',
    {},
    h('h1', {}, `${t('duos')} (${data.total})`),
    form,
    table({
      headings: [t('duo'), t('city'), t('startDate'), t('state'), t('openAlerts')],
      rows: data.items.map((duo) =>
        h(
          'tr',
          {},
          h('td', { dir: 'auto' }, h('a', { href: `#/duos/${encodeURIComponent(duo.id)}` }, duoName(duo))),
          h('td', {}, cityName(duo.city)),
          h('td', {}, formatDate(duo.startDate, false)),
          h('td', {}, t(`duoState.${duo.state}`)),
          h('td', {}, String(duo.openAlerts)),
        ),
      ),
    }),
  );
}

function checkinCell(checkin) {
  if (!checkin) return h('td', {}, t('notAsked'));
  const parts = [t(`checkin.${checkin.status}`)];
  if (checkin.met) parts.push(`${t('met')} : ${t(`met.${checkin.met}`)}`);
  if (checkin.rating !== null) parts.push(`${t('rating')} : ${checkin.rating}`);
  return h('td', {}, parts.join(' · '), checkin.note ? h('p', { dir: 'auto', class: 'muted' }, checkin.note) : null);
}

function alertCard(alert, { withDuoLink }) {
  const headingId = `alert-${alert.id.replace(/[^\w-]/g, '-')}`;
  const note = h('textarea', { name: 'note', required: true, maxlength: 2000, dir: 'auto' });
  return h(
    'article',
    { class: 'card', 'aria-labelledby': headingId },
    h(
      'h2',
      { id: headingId },
      `${t(`severity.${alert.severity}`)} · ${TEXT[state.language][`alertRule.${alert.ruleId}`] ?? alert.ruleId}`,
    ),
    h(
      'p',
      {},
      `${t(alert.role === 'mentor' ? 'mentor' : 'mentee')} · ${t('week')} ${alert.week} · ${cityName(alert.city)} · `,
      `${t('raised')} ${formatDate(alert.createdAt)} · ${t(`alertState.${alert.state}`)}`,
    ),
    withDuoLink ? h('p', {}, h('a', { href: `#/duos/${encodeURIComponent(alert.duoId)}` }, t('duo'))) : null,
    alert.note ? h('p', { dir: 'auto' }, `${t('ackNote')} : ${alert.note}`) : null,
    alert.state === 'open'
      ? h(
          'form',
          {
            onsubmit: (event) => {
              event.preventDefault();
              guarded(async () => {
                await api('POST', `/alerts/${encodeURIComponent(alert.id)}/acknowledge`, { note: note.value });
                say(t('alertAcknowledged'));
                await render();
              });
            },
          },
          field(t('ackNote'), note),
          h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('acknowledge'))),
        )
      : null,
  );
}

async function duoView(id) {
  const duo = await api('GET', `/duos/${encodeURIComponent(id)}`);
  const change = (action, body, message) =>
    guarded(async () => {
      await api('POST', `/duos/${encodeURIComponent(id)}/${action}`, body);
      say(t(message));
      await render();
    });
  const reason = h('input', { type: 'text', name: 'reason', required: true, maxlength: 500, dir: 'auto' });
  const live = duo.state === 'active' || duo.state === 'paused';
  return h(
    'section',
    {},
    h('p', {}, h('a', { href: '#/duos' }, t('back'))),
    h('h1', { dir: 'auto' }, `${t('duo')} · ${duoName(duo)}`),
    h(
      'p',
      {},
      `${cityName(duo.city)} · ${t('startDate')} ${formatDate(duo.startDate, false)} · ${t(`duoState.${duo.state}`)}`,
      duo.endedReason ? ` · ${duo.endedReason}` : '',
    ),
    canOrganise() && live
      ? h(
          'div',
          { class: 'actions' },
          duo.state === 'active'
            ? h(
                'button',
                { type: 'button', class: 'secondary', onclick: () => change('pause', undefined, 'duoPaused') },
                t('pause'),
              )
            : h(
                'button',
                { type: 'button', class: 'secondary', onclick: () => change('resume', undefined, 'duoResumed') },
                t('resume'),
              ),
        )
      : null,
    canOrganise() && live
      ? h(
          'form',
          {
            'aria-label': t('end'),
            onsubmit: (event) => {
              event.preventDefault();
              change('end', { reason: reason.value }, 'duoEnded');
            },
          },
          field(t('endReason'), reason),
          h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, t('end'))),
        )
      : null,
    h('h2', {}, t('weeklyAnswers')),
    table({
      headings: [t('week'), t('mentee'), t('mentor')],
      rows: duo.weeks.map((week) =>
        h('tr', {}, h('th', { scope: 'row' }, String(week.week)), checkinCell(week.mentee), checkinCell(week.mentor)),
      ),
    }),
    h('h2', {}, `${t('alerts')} (${duo.alerts.length})`),
    duo.alerts.length === 0 ? h('p', {}, t('none')) : null,
    duo.alerts.map((alert) => alertCard(alert, { withDuoLink: false })),
  );
}

async function alertsView() {
  const data = await api('GET', '/alerts?pageSize=200');
  const open = data.items.filter((alert) => alert.state === 'open').length;
  return h(
    'section',
    {},
    h('h1', {}, `${t('alerts')} (${open})`),
    data.items.length === 0 ? h('p', {}, t('none')) : null,
    data.items.map((alert) => alertCard(alert, { withDuoLink: true })),
  );
}

// ---------------------------------------------------------------- start

async function start() {
  const language = document.getElementById('language');
  language.value = state.language;
  language.addEventListener('change', () => {
    state.language = language.value;
    localStorage.setItem('duo-admin-language', state.language);
    void render();
  });
  document.getElementById('sign-out').addEventListener('click', () =>
    guarded(async () => {
      await api('POST', '/logout');
      state.me = null;
      await render();
    }),
  );
  window.addEventListener('hashchange', () => void render());
  try {
    state.me = await api('GET', '/me');
  } catch {
    state.me = null;
  }
  await render();
}

void start();
