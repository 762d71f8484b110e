// French text for generated rows: names, message lines and community sentences. Each common
// sentence is in about 10 % of posts (words such as « permis » in far more), each rare one in about
// 0.5 %, so searches range from a few hundred matches to tens of thousands, as on a real forum.

export const FIRST_NAMES = [
  "Amina", "Lucas", "Sophie", "Karim", "Claire", "Moussa", "Léa", "Yasmine", "Hugo", "Fatou", "Nicolas", "Inès",
  "Mehdi", "Camille", "Awa", "Thomas", "Sara", "Omar", "Chloé", "Ibrahim", "Julie", "Rachid", "Manon", "Aïcha",
  "Pierre", "Nadia", "Samuel", "Mariam", "Antoine", "Salma", "Éloïse", "Youssef", "Zoé", "Bilal", "Emma", "Khadija",
];
export const LAST_NAMES = [
  "Diallo", "Martin", "Tremblay", "Benali", "Gagnon", "Traoré", "Roy", "Haddad", "Côté", "Ndiaye", "Bouchard",
  "Mansour", "Gauthier", "Kone", "Morin", "Lavoie", "Fortin", "Cissé", "Pelletier", "Belkacem", "Bélanger", "Sow",
  "Lévesque", "Bergeron", "Camara", "Leblanc", "Nguyen", "Girard", "Ouellet", "Simard", "Keita", "Boucher",
];

export const MESSAGE_LINES = [
  "Bonjour, j'ai ajouté mon passeport au dossier.",
  "Merci, je regarde vos documents aujourd'hui.",
  "Pouvez-vous renvoyer la preuve de fonds en PDF ?",
  "Le résultat de mon test de langue arrive la semaine prochaine.",
  "Votre dossier est complet, je le soumets demain.",
  "J'ai reçu la lettre de mon employeur, je la dépose ce soir.",
  "Il manque la traduction certifiée de l'acte de naissance.",
  "Le rendez-vous de biométrie est confirmé pour lundi.",
  "Avez-vous des nouvelles d'IRCC depuis la semaine dernière ?",
  "Parfait, tout est en ordre de mon côté.",
  "Je vous appelle demain matin pour en discuter.",
  "Le certificat de police a été demandé, délai de trois semaines.",
];

export const POST_TITLES = [
  "Délais de traitement Entrée express", "Premier hiver à Montréal", "Question sur le CAQ",
  "Preuve de fonds : quel montant ?", "TEF Canada ou TCF Canada ?", "Permis de travail ouvert pour conjoint",
  "Retour d'expérience Arrima", "Biométrie à Paris", "Trouver un logement à Québec", "Équivalence de diplôme",
  "Parrainage de mes parents", "Visa visiteur refusé", "Test de citoyenneté réussi", "Recherche d'emploi en TI",
  "Examen médical : où le passer ?", "Assurance maladie RAMQ", "Ouvrir un compte bancaire", "Permis d'études refusé",
];

export const POST_SENTENCES = [
  "J'ai reçu mon invitation à présenter une demande après quatre mois dans le bassin.",
  "Mon score CRS était de 489 avec le bonus pour le français.",
  "Le permis de travail fermé m'oblige à rester chez le même employeur.",
  "Est-ce que quelqu'un a déjà fait sa biométrie au centre de Paris ?",
  "La preuve de fonds doit couvrir six mois de relevés bancaires.",
  "Le CAQ pour études a pris sept semaines dans mon cas.",
  "Arrima m'a invité avec un profil en génie civil.",
  "Le TEF Canada est accepté par IRCC et par le Québec.",
  "Mon conjoint a obtenu un permis de travail ouvert pendant mes études.",
  "Les délais de traitement ont beaucoup augmenté cet automne.",
  "Il faut traduire chaque document qui n'est ni en français ni en anglais.",
  "L'examen médical se passe chez un médecin désigné par IRCC.",
  "Le certificat de police de mon pays a pris deux mois.",
  "J'ai trouvé un logement à Québec grâce à un groupe d'entraide.",
  "La RAMQ impose un délai de carence de trois mois.",
  "Ouvrez un compte bancaire dès votre arrivée pour construire votre crédit.",
  "L'équivalence de diplôme du MIFI coûte environ cent vingt dollars.",
  "Le parrainage des parents passe par une loterie chaque année.",
  "Mon visa visiteur a été refusé faute de liens avec mon pays.",
  "Le test de citoyenneté porte sur l'histoire et les institutions.",
  "Je cherche un emploi en TI à Montréal, des conseils ?",
  "Le premier hiver est rude, achetez de bonnes bottes.",
  "Mon dossier est en traitement depuis cinq mois sans nouvelles.",
  "La consultante m'a aidé à compléter mon dossier sans erreur.",
  "Pensez à garder une copie de chaque formulaire envoyé.",
  "J'ai téléversé mon passeport et ma photo dans le portail.",
  "Le programme de l'expérience québécoise a changé ses critères.",
  "Le permis d'études exige une lettre d'acceptation valide.",
  "Les frais de la résidence permanente ont augmenté en avril.",
  "Quelqu'un connaît le délai pour la carte de résident permanent ?",
  "La mise à jour de mon profil a fait baisser mon score.",
  "Le français m'a donné cinquante points supplémentaires.",
  "La lettre d'offre d'emploi doit préciser le salaire et les tâches.",
  "Je recommande de préparer l'entrevue avec un conseiller.",
  "Mon employeur a obtenu une EIMT favorable en six semaines.",
  "Les étudiants peuvent travailler vingt heures par semaine.",
  "Le permis post-diplôme dépend de la durée du programme.",
  "Je partage ma liste de vérification des documents requis.",
  "Après l'approbation, j'ai reçu la demande de passeport.",
  "Les webinaires de CAPITUNE m'ont beaucoup aidé.",
];

/** One post in twenty carries one of these: each is in about 0.5 % of posts. */
export const RARE_SENTENCES = [
  "Je viens de m'installer à Rimouski pour un poste en foresterie.",
  "Quelqu'un a déjà fait une demande depuis la Gaspésie ?",
  "Ma cousine étudie à Chicoutimi et adore la région.",
  "Le programme pilote pour les préposés aux bénéficiaires m'intéresse.",
  "J'ai passé l'entrevue au consulat de Dakar la semaine dernière.",
  "Le permis vacances-travail m'a permis de découvrir Tadoussac.",
  "Les démarches pour un permis de conduire à Sherbrooke sont simples.",
  "Mon diplôme de sage-femme est-il reconnu au Québec ?",
  "Le centre de services de Val-d'Or m'a répondu rapidement.",
  "Je cherche des conseils pour un visa de transit à Montréal.",
];

export const SEARCHES = [
  "permis de travail", "biométrie", "preuve de fonds", "CAQ études", "Arrima", "TEF Canada",
  "examen médical", "parrainage parents", "logement Québec", "visa visiteur refusé", "citoyenneté",
  "score CRS français", "EIMT", "RAMQ délai", "permis post-diplôme",
  // Rare words: the GIN index's path.
  "Rimouski", "Gaspésie", "sage-femme", "Tadoussac", "préposés bénéficiaires",
];
