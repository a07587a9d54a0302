// French texts of erasing (features/erasure): an admin's erasure of a node, a person's of their account.
export const erasureFr = {
  node: {
    button: 'Effacer définitivement',
    title: 'Effacer définitivement «\u00a0{{title}}\u00a0»',
    explain:
      'Supprimer se défait ; effacer, non. Le nœud est supprimé et son texte retiré de tout l’historique (et de celui de ses liens) : il n’en reste que la forme, «\u00a0Contenu effacé\u00a0». Une photo est retirée du disque. Personne ne pourra le rétablir.',
    reason: 'Pourquoi ? (gardé dans l’historique, sans le contenu)',
    confirm: 'Effacer définitivement',
    done_one: 'Effacé : {{count}} évènement de l’historique nettoyé.',
    done_other: 'Effacé : {{count}} évènements de l’historique nettoyés.',
  },
  account: {
    open: 'Mon compte',
    title: 'Votre compte',
    signedInAs: 'Connecté·e en tant que {{name}}.',
    eraseTitle: 'Effacer mon compte',
    explain:
      'Votre compte, vos sessions, ce que vous suivez et votre boîte de réception sont supprimés, et plus rien ne vous nomme : l’historique dira «\u00a0une personne\u00a0». Cela ne se défait pas.',
    choose: 'Ce que vous avez apporté (questions, ressources, positions, liens)',
    keep: 'Le laisser, attribué à «\u00a0une personne\u00a0»',
    keepHint: 'Votre fiche devient «\u00a0Une personne\u00a0», sans nom, présentation ni compétences.',
    remove: 'L’effacer avec moi',
    removeHint: 'Les nœuds et les liens que vous avez créés sont effacés, avec votre fiche.',
    password: 'Votre mot de passe, pour confirmer',
    wrongPassword: 'Ce n’est pas votre mot de passe : rien n’a été effacé.',
    confirm: 'Effacer mon compte',
    close: 'Fermer',
  },
};
