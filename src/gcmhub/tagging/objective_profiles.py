"""What practices under each GCM objective talk about, in our own words, in en, fr and es.

Hand-written knowledge for the objective classifier: a few phrases per objective and language
naming the measures, actors and vocabulary its practices typically use. Not quoted from the
Compact; the official titles live in :mod:`gcmhub.reference.data`.
"""

from __future__ import annotations

PROFILES: dict[int, dict[str, str]] = {
    1: {
        "en": "migration data statistics census survey disaggregated data national statistical "
        "office migration profile data portal indicators data collection evidence-based policy "
        "administrative records data sharing observatory",
        "fr": "données migratoires statistiques recensement enquête données ventilées institut "
        "national de statistique profil migratoire portail de données indicateurs observatoire",
        "es": "datos migratorios estadísticas censo encuesta datos desglosados instituto nacional "
        "de estadística perfil migratorio portal de datos indicadores observatorio",
    },
    2: {
        "en": "root causes drivers of migration poverty reduction climate change disasters "
        "displacement resilience adaptation livelihoods development investment conflict "
        "environmental degradation planned relocation early warning forced displacement drought crop failure food security rural communities sustainable livelihoods humanitarian-development nexus national strategy on disaster displacement",
        "fr": "causes profondes facteurs de départ pauvreté changement climatique catastrophes "
        "déplacement résilience adaptation moyens de subsistance développement relocalisation",
        "es": "causas estructurales factores de expulsión pobreza cambio climático desastres "
        "desplazamiento resiliencia adaptación medios de vida desarrollo reubicación",
    },
    3: {
        "en": "information campaign pre-departure orientation awareness raising information "
        "centre website hotline accurate information rights and obligations newly arrived "
        "migrants counselling information points along routes awareness raising about child labour media engagement public information support centres hubs along routes",
        "fr": "information campagne d'information orientation avant le départ sensibilisation "
        "centre d'information site web ligne d'assistance droits et obligations nouveaux arrivants",
        "es": "información campaña informativa orientación previa a la partida sensibilización "
        "centro de información sitio web línea de ayuda derechos y obligaciones recién llegados",
    },
    4: {
        "en": "legal identity identity documents birth registration civil registry passport "
        "identity card statelessness documentation consular identity card nationality",
        "fr": "identité juridique pièces d'identité enregistrement des naissances état civil "
        "passeport carte d'identité apatridie documents nationalité",
        "es": "identidad jurídica documentos de identidad registro de nacimientos registro civil "
        "pasaporte cédula apatridia documentación nacionalidad",
    },
    5: {
        "en": "regular pathways visas work permits regularization residence permit family "
        "reunification humanitarian visa labour mobility scheme skills partnership student "
        "visa temporary protection status seasonal workers admission special stay permit residence status for people with pending applications regularize young people and children temporary residence",
        "fr": "voies régulières visas permis de travail régularisation titre de séjour "
        "regroupement familial visa humanitaire mobilité de main-d'œuvre travailleurs saisonniers",
        "es": "vías regulares visados permisos de trabajo regularización permiso de residencia "
        "reunificación familiar visado humanitario movilidad laboral trabajadores temporales",
    },
    6: {
        "en": "fair recruitment ethical recruitment recruitment fees recruitment agencies decent "
        "work labour rights employers contracts labour inspection domestic workers bilateral "
        "labour agreement wage protection",
        "fr": "recrutement équitable recrutement éthique frais de recrutement agences de "
        "recrutement travail décent droits des travailleurs employeurs contrats travailleurs "
        "domestiques inspection du travail",
        "es": "contratación equitativa contratación ética comisiones de contratación agencias de "
        "empleo trabajo decente derechos laborales empleadores contratos trabajadoras domésticas",
    },
    7: {
        "en": "vulnerable migrants vulnerability protection unaccompanied children survivors of "
        "violence gender-based violence shelters regularization of status situations of "
        "vulnerability assistance women at risk",
        "fr": "migrants vulnérables vulnérabilité protection enfants non accompagnés victimes de "
        "violence violence fondée sur le genre refuges hébergement femmes à risque",
        "es": "migrantes vulnerables vulnerabilidad protección niños no acompañados víctimas de "
        "violencia violencia de género albergues mujeres en riesgo",
    },
    8: {
        "en": "missing migrants search and rescue deaths at sea identification of remains "
        "families of missing migrants forensic DNA tracing save lives dead bodies",
        "fr": "migrants disparus recherche et sauvetage décès en mer identification des restes "
        "familles de disparus médecine légale ADN sauver des vies",
        "es": "migrantes desaparecidos búsqueda y rescate muertes en el mar identificación de "
        "restos familias de desaparecidos forense ADN salvar vidas",
    },
    9: {
        "en": "smuggling of migrants smugglers smuggling networks prosecution investigation "
        "criminal networks border crossing facilitation counter-smuggling cooperation",
        "fr": "trafic de migrants passeurs réseaux de passeurs poursuites enquêtes réseaux "
        "criminels lutte contre le trafic illicite",
        "es": "tráfico ilícito de migrantes traficantes coyotes redes de tráfico enjuiciamiento "
        "investigación redes criminales",
    },
    10: {
        "en": "trafficking in persons human trafficking victims of trafficking forced labour "
        "exploitation identification of victims referral anti-trafficking modern slavery",
        "fr": "traite des personnes traite des êtres humains victimes de traite travail forcé "
        "exploitation identification des victimes esclavage moderne",
        "es": "trata de personas víctimas de trata trabajo forzoso explotación identificación de "
        "víctimas esclavitud moderna",
    },
    11: {
        "en": "border management integrated border management border officials border posts "
        "border crossing points customs border cooperation cross-border training of border "
        "guards",
        "fr": "gestion des frontières gestion intégrée postes frontières gardes-frontières "
        "points de passage douanes coopération transfrontalière",
        "es": "gestión de fronteras gestión integrada puestos fronterizos guardias de frontera "
        "pasos fronterizos aduanas cooperación transfronteriza",
    },
    12: {
        "en": "screening assessment referral procedures first arrival individual assessment "
        "standard operating procedures referral mechanism best interests determination "
        "first responders trauma-informed interviews guidelines for protection assistance to vulnerable migrants identification and referral national referral mechanism training programme for officials",
        "fr": "filtrage évaluation orientation procédures premier accueil évaluation individuelle "
        "procédures opérationnelles normalisées mécanisme d'orientation",
        "es": "evaluación remisión procedimientos primera llegada evaluación individual "
        "procedimientos operativos estándar mecanismo de derivación",
    },
    13: {
        "en": "immigration detention alternatives to detention ATD case management community-based "
        "alternatives release from detention detention of children last resort reporting "
        "requirements open reception",
        "fr": "rétention administrative alternatives à la détention alternatives à la rétention "
        "gestion de cas centre de rétention détention des enfants dernier recours",
        "es": "detención migratoria alternativas a la detención gestión de casos estaciones "
        "migratorias detención de niños último recurso",
    },
    14: {
        "en": "consular protection consular assistance embassies consulates nationals abroad "
        "consular services migrant workers abroad repatriation help desk",
        "fr": "protection consulaire assistance consulaire ambassades consulats ressortissants à "
        "l'étranger services consulaires rapatriement",
        "es": "protección consular asistencia consular embajadas consulados nacionales en el "
        "exterior servicios consulares repatriación",
    },
    15: {
        "en": "access to basic services health care hospitals clinics education schools housing "
        "social protection cash transfers firewall undocumented migrants services social assistance programmes municipal services schools enrol migrant children healthcare coverage scheme cash transfer strategy",
        "fr": "accès aux services de base soins de santé hôpitaux éducation écoles logement "
        "protection sociale transferts monétaires",
        "es": "acceso a servicios básicos atención de salud hospitales educación escuelas "
        "vivienda protección social transferencias monetarias",
    },
    16: {
        "en": "inclusion integration social cohesion language courses community centres "
        "participation of migrants welcoming cities host communities empowerment civic "
        "orientation",
        "fr": "inclusion intégration cohésion sociale cours de langue centres communautaires "
        "participation des migrants villes accueillantes communautés d'accueil",
        "es": "inclusión integración cohesión social cursos de idioma centros comunitarios "
        "participación de migrantes ciudades acogedoras comunidades de acogida",
    },
    17: {
        "en": "discrimination xenophobia racism hate speech hate crimes public perceptions media "
        "reporting public discourse profiling awareness campaigns against stereotypes international migrants day film festival stand up campaign stigma combating racism negative perceptions",
        "fr": "discrimination xénophobie racisme discours de haine crimes de haine perceptions "
        "médias discours public stéréotypes",
        "es": "discriminación xenofobia racismo discurso de odio delitos de odio percepciones "
        "medios de comunicación discurso público estereotipos",
    },
    18: {
        "en": "skills development recognition of qualifications skills recognition diplomas "
        "vocational training skills partnerships credentials certification",
        "fr": "développement des compétences reconnaissance des qualifications reconnaissance "
        "des diplômes formation professionnelle certification",
        "es": "desarrollo de competencias reconocimiento de cualificaciones convalidación de "
        "títulos formación profesional certificación",
    },
    19: {
        "en": "diaspora contribution to development diaspora engagement diaspora investment "
        "knowledge transfer returning professionals diaspora platform transnational communities online platform for diasporas diaspora organisations migrants abroad contribute skills",
        "fr": "diaspora contribution au développement engagement de la diaspora investissement "
        "de la diaspora transfert de connaissances",
        "es": "diáspora contribución al desarrollo vinculación con la diáspora inversión de la "
        "diáspora transferencia de conocimientos",
    },
    20: {
        "en": "remittances transfer costs money transfer financial inclusion banking mobile "
        "money remittance market financial literacy",
        "fr": "transferts de fonds envois de fonds coûts des transferts inclusion financière "
        "banque argent mobile éducation financière",
        "es": "remesas costo de las transferencias envío de dinero inclusión financiera banca "
        "dinero móvil educación financiera",
    },
    21: {
        "en": "return readmission reintegration returnees voluntary return reintegration "
        "assistance return monitoring sustainable reintegration family returns process return of families safeguards for children returning migrants",
        "fr": "retour réadmission réintégration réinsertion migrants de retour retour volontaire "
        "aide à la réintégration",
        "es": "retorno readmisión reintegración reinserción migrantes retornados retorno "
        "voluntario asistencia a la reintegración",
    },
    22: {
        "en": "portability of social security pensions social security agreements earned "
        "benefits contributions social protection for migrant workers social protection systems inclusive regardless of status unemployment payment migration corridors social security coordination",
        "fr": "portabilité des droits sécurité sociale pensions retraites accords de sécurité "
        "sociale prestations acquises cotisations",
        "es": "portabilidad de la seguridad social pensiones convenios de seguridad social "
        "prestaciones adquiridas cotizaciones",
    },
    23: {
        "en": "international cooperation global partnerships peer learning capacity building "
        "funding trust fund twinning regional consultative processes implementation support mayors call to local action multi-partner trust fund start-up fund member states support other states",
        "fr": "coopération internationale partenariats mondiaux apprentissage entre pairs "
        "renforcement des capacités fonds fiduciaire jumelage",
        "es": "cooperación internacional alianzas mundiales aprendizaje entre pares "
        "fortalecimiento de capacidades fondo fiduciario hermanamiento",
    },
}
